import { findDates } from './dates';
import type { DocumentStructure } from './document-structure';
import type { Confidence, SourceSpan } from './import-result';
import { findLabelledValues } from './labelled-values';
import { spanOf } from './mapped-text';

export interface IssuedOnFinding {
  issuedOn: string | null;
  confidence: Confidence;
  span: SourceSpan | null;
}

const ISSUED_LABELS = [
  'date of issue',
  'issue date',
  'date issued',
  'issued(?: on)?',
  'date of publication',
  'publication date',
  'date published',
  'published(?: on)?',
  'consultation (?:opens|open date|launch date)',
  'date',
].join('|');

const ISSUED_PROSE = /\b(?:published|issued|launched)\s+on\s+$/i;
const FRONT_MATTER_LINES = 60;

/** When the consultation was issued: a labelled date, a "published on" sentence, or the first date on the front page. */
export function findIssuedOn(doc: DocumentStructure, deadlineDate: string | null): IssuedOnFinding {
  for (const found of findLabelledValues(doc, ISSUED_LABELS)) {
    const date = findDates(found.value.text)[0];
    if (date) return { issuedOn: date.iso, confidence: 'high', span: spanOf(found.value, date.index, date.end) };
  }
  for (const block of doc.blocks) {
    if (block.kind === 'toc') continue;
    for (const date of findDates(block.text.text)) {
      if (ISSUED_PROSE.test(block.text.text.slice(Math.max(0, date.index - 40), date.index))) {
        return { issuedOn: date.iso, confidence: 'medium', span: spanOf(block.text, date.index, date.end) };
      }
    }
  }
  const frontLimit = doc.blocks.findIndex((block) => (block.lines[0] ?? 0) > FRONT_MATTER_LINES);
  const front = frontLimit === -1 ? doc.blocks : doc.blocks.slice(0, frontLimit);
  for (const block of front) {
    if (block.kind === 'toc') continue;
    const date = findDates(block.text.text).find((candidate) => candidate.iso !== deadlineDate);
    if (date) return { issuedOn: date.iso, confidence: 'low', span: spanOf(block.text, date.index, date.end) };
  }
  return { issuedOn: null, confidence: 'low', span: null };
}
