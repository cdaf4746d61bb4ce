import type { DocumentStructure } from './document-structure';
import type { Confidence, SourceSpan } from './import-result';
import { findLabelledValues } from './labelled-values';
import { collapseWhitespace, spanOf } from './mapped-text';

export interface ReferenceFinding {
  reference: string;
  confidence: Confidence;
  span: SourceSpan | null;
}

const REFERENCE_LABELS = [
  'file ?name',
  'document (?:reference|ref\\.?)',
  'consultation (?:reference|ref\\.?)',
  'our ref(?:erence)?\\.?',
  'reference(?: number| no\\.?)?',
  'ref\\.?',
  'modification (?:reference|number)',
].join('|');

// SEC modification and draft proposal numbers, e.g. "MP162", "DP210".
const SEC_CHANGE = /\b(?:MP|DP|CP|SECMP)\d{2,4}[A-Z]?\b/;
const MAX_REFERENCE = 300;

/** The reference or file name printed on the document; failing that, a SEC change number in the title; failing that, the file name. */
export function findReference(
  doc: DocumentStructure,
  title: { text: string; span: SourceSpan | null },
  fileName: string | undefined,
): ReferenceFinding {
  const labelled = findLabelledValues(doc, REFERENCE_LABELS)[0];
  if (labelled) {
    const reference = collapseWhitespace(labelled.value.text).slice(0, MAX_REFERENCE);
    return { reference, confidence: 'high', span: spanOf(labelled.value, 0, labelled.value.text.length) };
  }
  const change = SEC_CHANGE.exec(title.text);
  if (change) return { reference: change[0], confidence: 'medium', span: title.span };
  const base = (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,8}$/, '').trim();
  return { reference: base.slice(0, MAX_REFERENCE), confidence: 'low', span: null };
}
