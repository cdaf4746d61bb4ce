import type { Block, DocumentStructure } from './document-structure';
import type { Confidence, SourceSpan } from './import-result';
import { findLabelledValues } from './labelled-values';
import { EMPTY_MAPPED, type MappedText, collapseWhitespace, joinMappedLines, spanOf, trimMapped } from './mapped-text';
import { matchQuestionLabel } from './question-labels';

export interface TitleFinding {
  title: string;
  confidence: Confidence;
  span: SourceSpan | null;
}

export const UNTITLED = 'Untitled consultation';
const MAX_TITLE = 1000;
const FRONT_BLOCKS = 25;

// Words on a cover page that name the kind of document or its marking, not the consultation.
const COVER_WORDS =
  /^(?:(?:open |public |targeted |formal )?consultation(?: document| paper| response form)?|call for evidence|response form|(?:modification|draft proposal) report(?: consultation)?|decision|public|official(?:[- ]sensitive)?|draft|(?:dcc|secas|sec|ofgem) (?:public|controlled)|(?:table of )?contents|foreword|summary|executive summary|crown copyright.*|©.*|smart dcc|dcc|secas|ofgem|desnz|beis|department for [a-z ,&]+)$/i;
const METADATA =
  /^(?:file ?name|date|version|author|classification|status|owner|reference|ref|issued|published|publication date|response deadline|closing date|respond by|team|e-?mail|tel(?:ephone)?|contact|audiences?|territorial extent|enquiries to|document (?:type|owner|number|reference)|security classification|protective marking|consultation (?:reference|details)|deadline|issue date|date of issue)\s*:|^(?:https?:|www\.)/i;

function isTitleLike(block: Block, text: string): boolean {
  if (block.kind === 'toc' || block.kind === 'table' || block.kind === 'bullet') return false;
  if (text.length < 8 || text.length > 400 || COVER_WORDS.test(text) || METADATA.test(text)) return false;
  if (!/[A-Za-z]{3}/.test(text) || matchQuestionLabel(text) !== null) return false;
  // A paragraph of several sentences, or one giving an address, is not a title.
  if (/@|[.?!]\s+[A-Z]/.test(text) || text.split(/\s+/).length > 40) return false;
  // A paragraph of prose ends with a full stop; a title does not.
  return !/[.;,]$/.test(text) || text.length < 120;
}

/** A cover block's lines before its first "Label: value" line, which some extractors run on without a gap. */
function titleLines(doc: DocumentStructure, block: Block): MappedText {
  const lines = block.lines.map((index) => doc.lines[index]?.text ?? EMPTY_MAPPED);
  const metadataAt = lines.findIndex((line) => METADATA.test(line.text));
  return metadataAt <= 0 ? block.text : joinMappedLines(lines.slice(0, metadataAt));
}

function numberedHeading(text: string): boolean {
  return /^(?:\d{1,2}(?:\.\d{1,2})*\.?|chapter\s+\d+|section\s+\d+)\s/i.test(text);
}

/**
 * The title: a "Title:" line, else the first bold block or heading on the front
 * page, else the first title-like paragraph there, else the first top heading.
 */
export function findTitle(doc: DocumentStructure): TitleFinding {
  const labelled = findLabelledValues(doc, 'title|consultation title|document title')[0];
  if (labelled) {
    const title = collapseWhitespace(labelled.value.text).slice(0, MAX_TITLE);
    return { title, confidence: 'high', span: spanOf(labelled.value, 0, labelled.value.text.length) };
  }
  const front: Block[] = [];
  for (const block of doc.blocks) {
    if (front.length >= FRONT_BLOCKS || block.kind === 'toc') break;
    const text = collapseWhitespace(block.text.text);
    // The body starts at the first numbered heading ("1. Introduction").
    if (block.kind === 'heading' && numberedHeading(text) && front.length > 0) break;
    front.push(block);
  }
  const pick = (block: Block, confidence: Confidence): TitleFinding => {
    const mapped = trimMapped(titleLines(doc, block));
    return {
      title: collapseWhitespace(mapped.text).slice(0, MAX_TITLE),
      confidence,
      span: spanOf(mapped, 0, mapped.text.length),
    };
  };
  const titleLike = front.filter((block) => isTitleLike(block, collapseWhitespace(titleLines(doc, block).text)));
  const marked = titleLike.find((block) => {
    const line = doc.lines[block.lines[0] ?? -1];
    return block.bold || (line?.heading !== null && (line?.heading ?? 9) <= 2);
  });
  if (marked) return pick(marked, 'high');
  const first = titleLike.find((block) => block.kind === 'text' || block.kind === 'heading');
  if (first) return pick(first, 'medium');
  const topHeading = doc.blocks.find((block) => {
    const line = doc.lines[block.lines[0] ?? -1];
    return line?.heading === 1 && isTitleLike(block, collapseWhitespace(block.text.text));
  });
  if (topHeading) return pick(topHeading, 'low');
  return { title: UNTITLED, confidence: 'low', span: null };
}
