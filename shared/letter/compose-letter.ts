import { POSITION_LABELS, type Answer, type Question, type ResponseDraft } from '../model';
import { parseRichText, plainParagraphs } from '../markdown/rich-text';
import { confidentialityStatement, confidentialQuestions } from './confidentiality';
import {
  CONFIDENTIAL_HEADER,
  DRAFT_HEADER,
  type Letter,
  type LetterAnswer,
  type LetterBlock,
  type LetterVersion,
} from './letter';
import { ukLongDate } from './uk-date';
import { withSafeStrings } from '../text-safety';

export interface ComposeLetterOptions {
  version: LetterVersion;
  /** The date printed on the letter; injected so a letter composed twice is the same letter. */
  date: Date;
}

export const NO_ANSWER_TEXT = 'No response to this question.';

export function letterTitle(draft: ResponseDraft): string {
  return `Response to: ${draft.consultation.title.trim()}`;
}

function nonEmptyLines(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function defaultIntroduction(draft: ResponseDraft): string {
  const { organisation } = draft.respondent;
  const { title, reference, issuer } = draft.consultation;
  const who = organisation.trim() || 'We';
  const whose = issuer.trim() ? `${issuer.trim()}’s consultation` : 'the consultation';
  const ref = reference.trim() ? ` (${reference.trim()})` : '';
  return `${who} welcome${who === 'We' ? '' : 's'} the opportunity to respond to ${whose} “${title.trim()}”${ref}. Our answers to the questions follow.`;
}

function letterAnswer(answer: Answer | undefined, confidential: boolean, version: LetterVersion): LetterAnswer {
  // The publication version keeps nothing of a confidential answer: not its position, not a word of its text.
  if (confidential && version === 'publication') return { status: 'redacted' };
  const rationale = parseRichText(answer?.rationale ?? '');
  const position = answer?.position ? POSITION_LABELS[answer.position] : null;
  return {
    status: 'answered',
    position,
    rationale:
      rationale.length === 0 && position === null
        ? [{ type: 'paragraph', runs: [{ text: NO_ANSWER_TEXT, bold: false, italic: false }] }]
        : rationale,
    confidential,
  };
}

function questionBlock(question: Question, draft: ResponseDraft, confidentialIds: Set<string>, version: LetterVersion): LetterBlock {
  const answer = draft.answers.find((a) => a.questionId === question.id);
  return {
    kind: 'question',
    questionId: question.id,
    label: question.label,
    text: question.text,
    answer: letterAnswer(answer, confidentialIds.has(question.id), version),
  };
}

/**
 * The response letter as typed blocks. Pure: the preview, the .docx and the
 * plain text are all rendered from this one composition, so they agree.
 */
/** "DRAFT" until the response is signed off, then "CONFIDENTIAL" on a full letter with confidential parts. */
function headerMark(draft: ResponseDraft, anyConfidential: boolean, version: LetterVersion): string | null {
  const marks = [draft.signOff === null ? DRAFT_HEADER : null, anyConfidential && version === 'full' ? CONFIDENTIAL_HEADER : null].filter((m) => m !== null);
  return marks.length > 0 ? marks.join(' — ') : null;
}

/** The letter for a draft. Characters no word processor accepts are dropped first, so every renderer gets clean text. */
export function composeLetter(unsafeDraft: ResponseDraft, options: ComposeLetterOptions): Letter {
  const draft = withSafeStrings(unsafeDraft);
  const { version } = options;
  const { respondent, consultation, confidentiality, signatory } = draft;
  const organisation = respondent.organisation.trim();
  const date = ukLongDate(options.date);
  const confidentialIds = new Set(confidentialQuestions(draft).map((q) => q.id));
  const anyConfidential = confidentiality.scope !== 'none';

  const addressee = [
    ...(consultation.issuer.trim() ? [consultation.issuer.trim()] : []),
    ...(consultation.responseEmail ? [`Sent by email to ${consultation.responseEmail}`] : []),
  ];

  const blocks: LetterBlock[] = [
    { kind: 'letterhead', organisation, addressLines: nonEmptyLines(respondent.postalAddress) },
    { kind: 'date', text: date },
    { kind: 'addressee', lines: addressee },
    {
      kind: 'title',
      text: letterTitle(draft),
      referenceLine: consultation.reference.trim() ? `Reference: ${consultation.reference.trim()}` : null,
    },
    {
      kind: 'introduction',
      content: draft.introduction?.trim()
        ? parseRichText(draft.introduction)
        : plainParagraphs(defaultIntroduction(draft)),
    },
    { kind: 'confidentiality', heading: 'Confidentiality', paragraphs: confidentialityStatement(draft, version) },
    { kind: 'heading', text: 'Our answers' },
    ...consultation.questions.map((q) => questionBlock(q, draft, confidentialIds, version)),
    {
      kind: 'signature',
      name: signatory.name.trim(),
      jobTitle: signatory.jobTitle.trim(),
      organisation,
      date,
      // A published letter goes on the web; a signature image there invites forgery.
      image: version === 'full' ? signatory.signature : null,
    },
  ];

  return {
    meta: {
      title: letterTitle(draft),
      version,
      organisation,
      anyConfidential,
      headerMark: headerMark(draft, anyConfidential, version),
    },
    blocks,
  };
}
