import type { z } from 'zod';
import { ConsultationSchema, type Consultation } from '../model';

/** The consultation's fields in the words the form uses. */
const FIELD_NAMES: Record<string, string> = {
  title: 'The title',
  reference: 'The reference',
  issuer: 'The issuer',
  issuedOn: 'The date issued',
  respondBy: 'The deadline',
  responseEmail: 'The response email address',
  classification: 'The classification',
  publicationNotice: 'The words on publication and confidentiality',
  questions: 'The list of questions',
};

const QUESTION_FIELD_NAMES: Record<string, string> = {
  label: 'label',
  text: 'text',
  section: 'section',
  id: 'reference inside the app',
  kind: 'agree / disagree setting',
};

function tooLong(issue: z.core.$ZodIssue): string | null {
  return issue.code === 'too_big' && typeof issue.maximum === 'number' ? `is too long: shorten it to ${issue.maximum.toLocaleString('en-GB')} characters or fewer` : null;
}

/** "Question 2 (Q2)": its place, and its label when it has a short one. */
function questionName(index: number, label: string | undefined): string {
  const shown = label?.trim() ?? '';
  return `Question ${index + 1}${shown && shown.length <= 20 ? ` (${shown})` : ''}`;
}

function questionProblem(issue: z.core.$ZodIssue, consultation: Consultation): string {
  const index = Number(issue.path[1]);
  const field = String(issue.path[2] ?? '');
  const which = questionName(index, consultation.questions[index]?.label);
  if (issue.code === 'too_small' && field === 'label') return `Give question ${index + 1} a label, such as Q${index + 1}`;
  if (issue.code === 'too_small' && field === 'text') return `${which} has no wording: type the question, or remove it`;
  const long = tooLong(issue);
  return `${which}: its ${QUESTION_FIELD_NAMES[field] ?? 'wording'} ${long ?? 'is not right; check it'}`;
}

function plainMessage(issue: z.core.$ZodIssue, consultation: Consultation): string {
  const [first, second] = issue.path;
  if (first === 'questions' && typeof second === 'number') return questionProblem(issue, consultation);
  if (first === 'questions' && issue.code === 'too_big') return 'A consultation can have at most 500 questions';
  if (first === 'title' && issue.code === 'too_small') return 'Give the consultation a title';
  if (first === 'responseEmail') return 'That email address is not complete: it should look like name@example.org, or be left empty';
  if (first === 'respondBy' && second === 'time') return 'The deadline time is not a time of day: use hours and minutes, such as 16:00';
  if (first === 'respondBy') return 'The deadline date is not a date: choose it in the date box';
  if (first === 'issuedOn') return 'The date issued is not a date: choose it in the date box, or leave it empty';
  const name = FIELD_NAMES[String(first)] ?? 'Something in the consultation';
  return `${name} ${tooLong(issue) ?? 'is not right; check it'}`;
}

/**
 * What stops a consultation from being saved, in the words of the form: never
 * the schema's own text. An empty list means it can be saved. One place for
 * these messages, used by the window before saving and by the main process.
 */
export function consultationProblems(consultation: Consultation): string[] {
  const problems: string[] = [];
  if (consultation.title.trim() === '') problems.push('Give the consultation a title');
  const parsed = ConsultationSchema.safeParse(consultation);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => plainMessage(issue, consultation)));
  consultation.questions.forEach((q, i) => {
    if (q.label.length > 0 && q.label.trim() === '') problems.push(`Give question ${i + 1} a label, such as Q${i + 1}`);
    if (q.text.length > 0 && q.text.trim() === '') problems.push(`${questionName(i, q.label)} has no wording: type the question, or remove it`);
  });
  if (consultation.questions.length === 0) problems.push('Add at least one question: a response answers the consultation’s questions');
  const ids = consultation.questions.map((q) => q.id);
  if (new Set(ids).size !== ids.length) problems.push('Two questions share one reference inside the app: remove one and add it again');
  return [...new Set(problems)];
}
