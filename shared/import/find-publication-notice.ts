import type { DocumentStructure } from './document-structure';
import { collapseWhitespace } from './mapped-text';
import { CONFIDENTIALITY_HEADING, RESPOND_HEADING, inRegions, sectionRegions } from './sections';

const ABOUT_PUBLICATION =
  /\b(?:publish\w*|publication|confidential\w*|freedom of information|FOIA?|disclos\w*|data protection|personal (?:data|information)|environmental information regulations)\b/i;
// Outside a "How to respond" or confidentiality section, only unmistakable wording counts.
const CLEARLY_ABOUT_PUBLICATION =
  /\b(?:freedom of information|treated as confidential|responses? (?:may|will) be published|publish (?:all |the )?(?:non-confidential )?responses|keep your response confidential)\b/i;
const MAX_NOTICE = 20_000;

/** Drops the sentences at either end of a paragraph that are about something else ("Please provide responses by…"). */
function trimToPublication(paragraph: string): string {
  const sentences = paragraph.split(/(?<=[.?!])\s+(?=[A-Z"“(])/);
  const first = sentences.findIndex((sentence) => ABOUT_PUBLICATION.test(sentence));
  let last = sentences.length - 1;
  while (last > first && !ABOUT_PUBLICATION.test(sentences[last] ?? '')) last -= 1;
  return first === -1 ? paragraph : sentences.slice(first, last + 1).join(' ');
}

/**
 * The consultation's own words on publishing responses, confidentiality and
 * FOIA, as plain paragraphs separated by blank lines; '' when it says nothing.
 */
export function findPublicationNotice(doc: DocumentStructure): string {
  const regions = [...sectionRegions(doc, RESPOND_HEADING), ...sectionRegions(doc, CONFIDENTIALITY_HEADING)];
  const inSection = (block: { lines: number[] }): boolean => inRegions(regions, block.lines[0] ?? -1);
  const paragraphs = (test: (text: string, block: { lines: number[] }) => boolean): string[] =>
    doc.blocks
      .filter((block) => block.kind === 'text' || block.kind === 'bullet')
      .map((block) => ({ block, text: collapseWhitespace(block.text.text) }))
      .filter(({ block, text }) => test(text, block))
      .map(({ text }) => text);

  let found = paragraphs((text, block) => inSection(block) && ABOUT_PUBLICATION.test(text));
  if (found.length === 0) found = paragraphs((text) => CLEARLY_ABOUT_PUBLICATION.test(text));
  const unique = [...new Set(found.map(trimToPublication))];
  let notice = '';
  for (const paragraph of unique) {
    const next = notice === '' ? paragraph.slice(0, MAX_NOTICE) : `${notice}\n\n${paragraph}`;
    if (next.length > MAX_NOTICE) break;
    notice = next;
  }
  return notice;
}
