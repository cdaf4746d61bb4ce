import type { Block, DocumentStructure } from './document-structure';
import { collapseWhitespace } from './mapped-text';

// How a document-sharing site's copy of a title relates to the title the document prints itself.

// The line a document-sharing site prints between its own page and the document's text.
const SITE_FRAME = /^(?:idea transcript|transcript|transcript of\b.*|citation preview|advertisement)$/i;

function titleWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * The blocks below a sharing site's "Transcript" line, when the site's own name for the file ("Proposed changes to
 * RMR"), printed above it, is never printed by the document: there its title is to be found below. Null where there is
 * no such line within `within` blocks of the site's name, or the document prints that name too.
 */
export function blocksBelowSiteFrame(doc: DocumentStructure, siteBlock: Block, siteTitle: string, within: number): Block[] | null {
  const from = doc.blocks.indexOf(siteBlock) + 1;
  const firstLine = (block: Block): string => collapseWhitespace(doc.lines[block.lines[0] ?? -1]?.text.text ?? '');
  const frame = doc.blocks.slice(from, from + within).findIndex((block) => SITE_FRAME.test(collapseWhitespace(block.text.text)) || SITE_FRAME.test(firstLine(block)));
  if (frame < 0) return null;
  // The frame may head the document's first block with no gap ("advertisement" / "Apprenticeships Levy Consultation…").
  const framed = doc.blocks[from + frame] as Block;
  const below = doc.blocks.slice(SITE_FRAME.test(collapseWhitespace(framed.text.text)) ? from + frame + 1 : from + frame);
  const words = titleWords(siteTitle).join(' ');
  return below.some((block) => titleWords(block.text.text).join(' ').includes(words)) ? null : below;
}

const MONTH_AND_YEAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}$/;

/**
 * The document's own printing of a title found first in a copy: a sharing site's or a file's name for it, which
 * re-punctuates it ("Statutory Consultation: …" for "Statutory Consultation – …") or runs the cover's date into it
 * ("… A Consultation October 2019"): the same words, or the copy's words without its date. (A copy that only shares
 * some words is not taken for one: a running header "Consultation - <title>" or a sentence quoting the title is not
 * the title.)
 */
export function ownPrinting(copy: string, own: string): boolean {
  if (copy === own) return false;
  const a = titleWords(copy);
  const b = titleWords(own);
  if (a.length < 3 || b.length < 3) return false;
  if (a.join(' ') === b.join(' ')) return true;
  return MONTH_AND_YEAR.test(a.slice(-2).join(' ')) && a.slice(0, -2).join(' ') === b.join(' ');
}

/**
 * A sharing site's lower-case copy of a title that abbreviates some of its words ("rec v2.0 and retail code
 * consolidation" for "Retail Energy Code v2.0 and Retail Code Consolidation"): the same words in order, where a word of
 * the copy may be the initials of two to four words of the document's own printing.
 */
export function abbreviatedCopy(copy: string, own: string): boolean {
  if (copy !== copy.toLowerCase() || own === own.toLowerCase()) return false;
  const a = titleWords(copy);
  const b = titleWords(own);
  if (a.length < 3 || b.length <= a.length) return false;
  let j = 0;
  for (const word of a) {
    if (b[j] === word) {
      j += 1;
      continue;
    }
    const span = [2, 3, 4].find((n) => word.length === n && b.slice(j, j + n).map((w) => w[0]).join('') === word);
    if (span === undefined) return false;
    j += span;
  }
  return j === b.length;
}

/**
 * The document's fuller printing, just below a sharing site's shorter name for it: the same words with the title's
 * abbreviation in brackets and its subtitle after a colon ("Energy Savings Opportunity Scheme Consultation" above
 * "Energy Savings Opportunity Scheme (ESOS) consultation: Response Form").
 */
export function fullerPrinting(copy: string, own: string): boolean {
  const colon = own.indexOf(': ');
  if (colon < 0) return false;
  const a = titleWords(copy);
  const b = titleWords(own.slice(0, colon).replace(/\s*\([^)]{1,20}\)/g, ''));
  return a.length >= 3 && a.join(' ') === b.join(' ') && own.length - colon > 4;
}

/**
 * A sharing site's copy that adds the issuer or the kind of document after a dash ("Energy Supply Probe - Proposed
 * Retail Market Remedies - Ofgem", "Future of telephone numbers - First consultation - CONSULTATION: Ofcom") to the title
 * the document prints alone below it: the copy is the title, then " - " and a few words ending in a name.
 */
export function withSiteSuffix(copy: string, own: string): boolean {
  if (titleWords(own).length < 3 || !copy.startsWith(`${own} - `)) return false;
  const suffix = copy.slice(own.length + 3).split(/\s+/);
  return suffix.length <= 6 && /^[A-Z]/.test(suffix[suffix.length - 1] ?? '');
}

/**
 * A sharing site's summary line that runs the file's web address, and a snippet of its text, straight into the title
 * ("DECC FUEL POVERTY - FINAL QUESTIONNAIREdoc.ukdataservice.ac.uk/doc/8300/…pdf · DECC FUEL POVERTY - …") above the
 * title the document prints alone.
 */
export function withAddressRunIn(copy: string, own: string): boolean {
  if (titleWords(own).length < 3 || !copy.startsWith(own)) return false;
  return /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*/i.test(copy.slice(own.length));
}
