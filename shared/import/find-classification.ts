import type { DocumentStructure } from './document-structure';
import type { Confidence, SourceSpan } from './import-result';
import { findLabelledValues } from './labelled-values';
import { collapseWhitespace, spanOf } from './mapped-text';

export interface ClassificationFinding {
  classification: string;
  confidence: Confidence;
  span: SourceSpan | null;
}

const CLASSIFICATION_LABELS = [
  'classification',
  'security classification',
  'document classification',
  'protective marking',
  'security marking',
  'sensitivity',
].join('|');

// Markings printed on their own, usually in a header or footer.
const MARKING =
  /^(OFFICIAL(?:[- ]SENSITIVE)?(?:\s*[-–]\s*[A-Z]+)?|(?:DCC|SECAS|SEC|Ofgem|Elexon|RECCo|Xoserve)\s+(?:Public|Controlled|Confidential|Restricted|Internal|Sensitive))(?=$|\s{2,}|\t|\s+[|–-]|\s+Page\b)/;
const MAX_CLASSIFICATION = 200;

/** The protective marking the document prints, e.g. "DCC Public" or "OFFICIAL". */
export function findClassification(doc: DocumentStructure): ClassificationFinding {
  const labelled = findLabelledValues(doc, CLASSIFICATION_LABELS)[0];
  if (labelled) {
    const classification = collapseWhitespace(labelled.value.text).slice(0, MAX_CLASSIFICATION);
    return { classification, confidence: 'high', span: spanOf(labelled.value, 0, labelled.value.text.length) };
  }
  for (const line of doc.lines) {
    const match = MARKING.exec(line.text.text);
    if (match?.[1]) {
      return { classification: match[1], confidence: 'medium', span: spanOf(line.text, 0, match[1].length) };
    }
  }
  return { classification: '', confidence: 'low', span: null };
}
