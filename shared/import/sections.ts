import type { DocumentStructure, HeadingInfo } from './document-structure';
import { collapseWhitespace } from './mapped-text';

export interface SectionRegion {
  heading: number;
  /** Lines from (the heading) up to, not including, `to`. */
  from: number;
  to: number;
}

export const RESPOND_HEADING =
  /\b(?:how to respond|responding|respond|responses?|submitting|submission|get involved|consultation details|have your say)\b/i;
export const CONFIDENTIALITY_HEADING =
  /\b(?:confidential\w*|freedom of information|foi|data protection|privacy|disclosure|publication of responses|your response, data)\b/i;
export const QUESTIONS_HEADING = /\bquestions\b/i;

// Bounds the work on pathological input; no real consultation has this many.
const MAX_REGIONS = 200;

export function headingText(doc: DocumentStructure, line: number): string {
  return collapseWhitespace(doc.lines[line]?.text.text ?? '');
}

/**
 * Sections whose heading matches, each running until the next heading of the
 * same or a higher rank. Bold or plain short lines inside a numbered or Markdown
 * section are sub-headings and do not end it.
 */
export function sectionRegions(doc: DocumentStructure, heading: RegExp): SectionRegion[] {
  const regions: SectionRegion[] = [];
  doc.headings.forEach((info, index) => {
    if (regions.length >= MAX_REGIONS) return;
    if (!info || info.labelOnly || doc.kinds[index] !== 'heading' || !heading.test(headingText(doc, index))) return;
    let to = doc.lines.length;
    for (let next = index + 1; next < doc.lines.length; next += 1) {
      const other: HeadingInfo | null = doc.headings[next] ?? null;
      if (other && !other.labelOnly && other.level <= info.level) {
        to = next;
        break;
      }
    }
    regions.push({ heading: index, from: index, to });
  });
  return regions;
}

export function inRegions(regions: readonly SectionRegion[], line: number): boolean {
  return regions.some((region) => line >= region.from && line < region.to);
}
