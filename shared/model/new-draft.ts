import type { Consultation } from './consultation';
import { DEFAULT_LETTER_WORDING } from './letter-wording';
import { CURRENT_SCHEMA_VERSION, type Respondent, type ResponseDraft, type Signatory } from './draft';

export const EMPTY_RESPONDENT: Respondent = {
  organisation: '',
  contactName: '',
  jobTitle: '',
  email: '',
  telephone: '',
  postalAddress: '',
  category: '',
};

export const EMPTY_SIGNATORY: Signatory = { name: '', jobTitle: '', signature: null };

export interface NewDraftOptions {
  id: string;
  now: Date;
  respondent?: Respondent;
  signatory?: Signatory;
}

/** A consultation's title cut at a word to fit a library card; its reference is an internal file name, never shown. */
export function shortTitle(title: string, limit = 70): string {
  const words = title.trim().replace(/\s+/g, ' ');
  if (words.length <= limit) return words;
  const head = words.slice(0, limit + 1);
  const lastSpace = head.lastIndexOf(' ');
  return `${lastSpace > 0 ? head.slice(0, lastSpace) : words.slice(0, limit)}…`;
}

/** A fresh draft for a consultation: one empty answer per question, nothing confidential yet. */
export function newDraft(consultation: Consultation, options: NewDraftOptions): ResponseDraft {
  const at = options.now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    name: `Response to ${shortTitle(consultation.title)}`,
    createdAt: at,
    updatedAt: at,
    consultation,
    respondent: options.respondent ?? EMPTY_RESPONDENT,
    introduction: null,
    answers: Object.fromEntries(consultation.questions.map((q) => [q.id, { position: null, rationale: '', confidential: false }])),
    confidentiality: { scope: 'none', otherParts: '', reasons: '', partReasons: {} },
    signatory: options.signatory ?? EMPTY_SIGNATORY,
    status: 'drafting',
    comments: [],
    signOff: null,
    sent: null,
    exportFolder: null,
    letterWording: DEFAULT_LETTER_WORDING,
    conflicts: [],
    history: [{ kind: 'created', at, summary: `Started a response to ${consultation.title}` }],
  };
}
