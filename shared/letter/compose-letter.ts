import type { Answer, Question, ResponseDraft } from '../model';
import { POSITION_LABELS, RESPONDENT_CATEGORY_LABELS } from '../model/choices';
import { parseRichText, plainParagraphs } from '../markdown/rich-text';
import { confidentialityStatement, confidentialQuestions, letterParts } from './confidentiality';
import { letterRationale, type RationaleMode } from './marked-rationale';
import { contactLine } from './contact-line';
import {
  CONFIDENTIAL_HEADER,
  DRAFT_HEADER,
  DRAFT_WATERMARK,
  PUBLICATION_HEADER,
  type Letter,
  type LetterAnswer,
  type LetterBlock,
  type LetterDetail,
  type LetterVersion,
} from './letter';
import { letterGreeting } from './salutation';
import { ukLongDate } from './uk-date';
import { withSafeStrings } from '../text-safety';
import { answerFor } from '../draft-changes/content';

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
  const { title, issuer } = draft.consultation;
  const who = organisation.trim() || 'We';
  const whose = issuer.trim() ? `${issuer.trim()}’s consultation` : 'the consultation';
  return `${who} welcome${who === 'We' ? '' : 's'} the opportunity to respond to ${whose} “${title.trim()}”. Our answers to the questions follow.`;
}

/** The issuer's own reference, as printed on the consultation, and the respondent's category. */
function titleDetails(draft: ResponseDraft): LetterDetail[] {
  const reference = draft.consultation.reference.trim();
  const { category } = draft.respondent;
  return [
    ...(reference ? [{ label: 'Your reference', value: reference }] : []),
    ...(category !== '' && category !== 'other' ? [{ label: 'Respondent category', value: RESPONDENT_CATEGORY_LABELS[category] }] : []),
  ];
}

function letterAnswer(answer: Answer | undefined, confidential: boolean, version: LetterVersion, marks: RationaleMode): LetterAnswer {
  // The publication version keeps nothing of a confidential answer: not its position, not a word of its text.
  if (confidential && version === 'publication') return { status: 'redacted' };
  // A wholly confidential answer is flagged as a whole; its marked passages need no labels of their own.
  const rationale = letterRationale(answer?.rationale ?? '', confidential ? { kind: 'plain' } : marks);
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

function questionBlock(question: Question, draft: ResponseDraft, confidentialIds: Set<string>, version: LetterVersion, marks: RationaleMode): LetterBlock {
  const answer = answerFor(draft, question.id);
  return {
    kind: 'question',
    questionId: question.id,
    label: question.label,
    text: question.text,
    answer: letterAnswer(answer, confidentialIds.has(question.id), version, marks),
  };
}

/** How marked passages print: labelled in the full letter, replaced in the publication version, and only in a 'parts' response. */
function marksMode(draft: ResponseDraft, version: LetterVersion): RationaleMode {
  const parts = letterParts(draft);
  if (parts.length === 0) return { kind: 'plain' };
  if (version === 'publication') return { kind: 'redacted' };
  return { kind: 'marked', partNumbers: new Map(parts.map((p) => [p.id, p.number])) };
}

/**
 * "DRAFT" until the response is signed off; "CONFIDENTIAL" on a full letter
 * with confidential parts; the publication mark on the publication version.
 */
function headerMarks(signedOff: boolean, anyConfidential: boolean, version: LetterVersion): string[] {
  return [
    ...(signedOff ? [] : [DRAFT_HEADER]),
    ...(version === 'full' && anyConfidential ? [CONFIDENTIAL_HEADER] : []),
    ...(version === 'publication' ? [PUBLICATION_HEADER] : []),
  ];
}

/**
 * The response letter as typed blocks. Pure: the preview, the .docx and the
 * plain text are all rendered from this one composition, so they agree.
 * Characters no word processor accepts are dropped first, so every renderer
 * gets clean text.
 */
export function composeLetter(unsafeDraft: ResponseDraft, options: ComposeLetterOptions): Letter {
  const draft = withSafeStrings(unsafeDraft);
  const { version } = options;
  const { respondent, consultation, confidentiality, signatory } = draft;
  const organisation = respondent.organisation.trim();
  const date = ukLongDate(options.date);
  const confidentialIds = new Set(confidentialQuestions(draft).map((q) => q.id));
  const marks = marksMode(draft, version);
  const anyConfidential = confidentiality.scope !== 'none';
  const signedOff = draft.signOff !== null;
  const { salutation, closing } = letterGreeting(draft.letterWording);
  const contact = contactLine(respondent);

  const addressee = [
    ...(draft.letterWording.addresseeName.trim() ? [draft.letterWording.addresseeName.trim()] : []),
    ...(consultation.issuer.trim() ? [consultation.issuer.trim()] : []),
    ...(consultation.responseEmail ? [`Sent by email to ${consultation.responseEmail}`] : []),
  ];

  const blocks: LetterBlock[] = [
    { kind: 'letterhead', organisation, addressLines: nonEmptyLines(respondent.postalAddress) },
    { kind: 'date', text: date },
    { kind: 'addressee', lines: addressee },
    { kind: 'salutation', text: salutation },
    { kind: 'title', text: letterTitle(draft), details: titleDetails(draft) },
    {
      kind: 'introduction',
      content: draft.introduction?.trim()
        ? parseRichText(draft.introduction)
        : plainParagraphs(defaultIntroduction(draft)),
    },
    { kind: 'confidentiality', heading: 'Confidentiality', paragraphs: confidentialityStatement(draft, version) },
    { kind: 'heading', text: 'Our answers' },
    ...consultation.questions.map((q) => questionBlock(q, draft, confidentialIds, version, marks)),
    ...(contact ? [{ kind: 'contact' as const, text: contact }] : []),
    {
      kind: 'signature',
      closing,
      name: signatory.name.trim(),
      jobTitle: signatory.jobTitle.trim(),
      organisation,
      date,
      // Only a signed-off full letter carries the picture: a draft must not pass for the signed response,
      // and a published letter goes on the web, where a signature image invites forgery.
      image: version === 'full' && signedOff ? signatory.signature : null,
    },
  ];

  return {
    meta: {
      title: letterTitle(draft),
      version,
      organisation,
      anyConfidential,
      signedOff,
      headerMarks: headerMarks(signedOff, anyConfidential, version),
      watermark: signedOff ? null : DRAFT_WATERMARK,
    },
    blocks,
  };
}
