import type { SignatureImage } from '../model';
import type { RichBlock } from '../markdown/rich-text';

export type LetterVersion = 'full' | 'publication';

/** Put in place of every confidential answer or passage in the publication version; nothing of it is kept. */
export const REDACTED_TEXT = '[Confidential: redacted]';

/** Flags a confidential answer in the full version. */
export const CONFIDENTIAL_MARKER = 'Confidential';

/** The page header of a full letter that holds anything confidential. */
export const CONFIDENTIAL_HEADER = 'CONFIDENTIAL';
/** Marks a letter exported before sign-off, so an unsigned draft is never mistaken for the response. */
export const DRAFT_HEADER = 'DRAFT — not signed off';
/** Written across every page of a letter exported before sign-off. */
export const DRAFT_WATERMARK = 'DRAFT';
/** The page header of the version for publication. */
export const PUBLICATION_HEADER = 'Publication version — confidential parts removed';

export type LetterAnswer =
  | { status: 'answered'; position: string | null; rationale: RichBlock[]; confidential: boolean }
  | { status: 'redacted' };

/** A labelled line under the title, e.g. "Your reference: …". */
export interface LetterDetail {
  label: string;
  value: string;
}

/** One block of the letter, in reading order. Renderers decide how each kind looks, never what it says. */
export type LetterBlock =
  | { kind: 'letterhead'; organisation: string; addressLines: string[] }
  | { kind: 'date'; text: string }
  | { kind: 'addressee'; lines: string[] }
  | { kind: 'salutation'; text: string }
  | { kind: 'title'; text: string; details: LetterDetail[] }
  | { kind: 'introduction'; content: RichBlock[] }
  | { kind: 'confidentiality'; heading: string; paragraphs: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'question'; questionId: string; label: string; text: string; answer: LetterAnswer }
  | { kind: 'contact'; text: string }
  | {
      kind: 'signature';
      /** "Yours faithfully," — part of the signature block so the two are never parted by a page break. */
      closing: string;
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
  /** Whether the response is signed off; until it is, the letter is a draft. */
  signedOff: boolean;
  /** Lines for every page header, in order; empty for none. */
  headerMarks: string[];
  /** Text written faintly across every page, or null. */
  watermark: string | null;
}

export interface Letter {
  meta: LetterMeta;
  blocks: LetterBlock[];
}
