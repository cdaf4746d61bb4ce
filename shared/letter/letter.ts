import type { SignatureImage } from '../model';
import type { RichBlock } from '../markdown/rich-text';

export type LetterVersion = 'full' | 'publication';

/** Put in place of every confidential answer in the publication version; nothing of the answer is kept. */
export const REDACTED_TEXT = '[Confidential: redacted]';

/** Flags a confidential answer in the full version. */
export const CONFIDENTIAL_MARKER = 'Confidential';

/** The page header of a full letter that holds anything confidential. */
export const CONFIDENTIAL_HEADER = 'CONFIDENTIAL';
/** Marks a letter exported before sign-off, so an unsigned draft is never mistaken for the response. */
export const DRAFT_HEADER = 'DRAFT';

export type LetterAnswer =
  | { status: 'answered'; position: string | null; rationale: RichBlock[]; confidential: boolean }
  | { status: 'redacted' };

/** One block of the letter, in reading order. Renderers decide how each kind looks, never what it says. */
export type LetterBlock =
  | { kind: 'letterhead'; organisation: string; addressLines: string[] }
  | { kind: 'date'; text: string }
  | { kind: 'addressee'; lines: string[] }
  | { kind: 'title'; text: string; referenceLine: string | null }
  | { kind: 'introduction'; content: RichBlock[] }
  | { kind: 'confidentiality'; heading: string; paragraphs: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'question'; questionId: string; label: string; text: string; answer: LetterAnswer }
  | {
      kind: 'signature';
      name: string;
      jobTitle: string;
      organisation: string;
      date: string;
      image: SignatureImage | null;
    };

export interface LetterMeta {
  /** "Response to: <consultation title>", also the document title. */
  title: string;
  version: LetterVersion;
  organisation: string;
  /** Whether the response asks for anything to be kept confidential. */
  anyConfidential: boolean;
  /** The mark for every page header, or null for none. */
  headerMark: string | null;
}

export interface Letter {
  meta: LetterMeta;
  blocks: LetterBlock[];
}
