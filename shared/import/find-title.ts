import type { Block, DocumentStructure } from './document-structure';
import type { Confidence, SourceSpan } from './import-result';
import { findLabelledValues } from './labelled-values';
import { EMPTY_MAPPED, type MappedText, collapseWhitespace, joinMappedLines, sliceMapped, spanOf, trimMapped } from './mapped-text';
import { matchQuestionLabel } from './question-labels';
import { abbreviatedCopy, blocksBelowSiteFrame, fullerPrinting, ownPrinting, withAddressRunIn, withSiteSuffix } from './site-title-copy';

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
  /^(?:(?:open |public |targeted |formal )?consultation(?: document| paper| response form)?|call for evidence|response form|reply form|questionnaire|freedom of information request|completing this questionnaire|(?:(?:draft |final )?modification|draft proposal|assessment|workgroup|initial written assessment) report(?: consultation)?|decision|public|official(?:[- ]sensitive)?|draft|(?:dcc|secas|sec|ofgem) (?:public|controlled)|(?:table of )?contents|definition procedure|initial written assessment|assessment procedure(?: phase)?|report phase|implementation|foreword|summary|executive summary|crown copyright.*|©.*|smart dcc|dcc|secas|ofgem|desnz|beis)$/i;
// A government department's name on its own line ("Department of Enterprise, Trade and Investment"), not a headline
// that starts with one ("Department for Economy launches further consultation on Energy Strategy").
const DEPARTMENT_NAME = /^(?:the )?Department (?:for|of) (?:the )?[A-Z][\w’'-]*(?:,? (?:and |& )?[A-Z][\w’'-]*)*$/;
const METADATA =
  /^(?:file ?name|(?:[a-z]+ ){0,2}date|version|author|classification|status|owner|reference|ref|issued|published|publication date|response deadline|closing date|respond by|team|e-?mail|tel(?:ephone)?|contact|audiences?|territorial extent|enquiries to|document (?:type|owner|number|reference)|security classification|protective marking|consultation (?:reference|details)|deadline|issue date|date of issue|number|action required)\s*:|^(?:https?:|www\.)/i;
// A site header's links to its social media pages ("Add us on Twitter Follow us on Facebook Linked in"); the lines
// after them in the same block are the rest of the header (the site's name), not the title.
const SOCIAL_LINKS = /\b(?:add|follow|find|like) us on (?:twitter|facebook|linkedin|instagram|x)\b/i;
// A date or a version alone on its line is a cover detail (a notice may print its date in brackets: "(March 21, 2019)").
const DATE_ALONE =
  /^\(?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+|[A-Za-z]+ \d{1,2}(?:st|nd|rd|th)?),? \d{4}\)?$|^version \d|^(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?\d{4}(?: \d{4})?$/i;
// Lines on a web page or cover that are not the document's own words: navigation, status, organisation
// names and addresses, and the file details document-sharing sites add.
const NOT_TITLE_LINE = [
  /^(?:skip to (?:main )?content|menu|home|search|sign in|back|print(?: this page)?|share(?: this page)?|social media|(?:top|bottom) of page|back to top|blog archive|latest (?:blog )?posts|you are here:?.*)$/i,
  SOCIAL_LINKS,
  // A site's notice about what the browser must allow ("Javascript is required to use HSE website social media functionality.").
  /^(?:javascript|cookies?) (?:is |are )?(?:required|must be enabled|disabled)\b|\b(?:enable|turn on) javascript\b/i,
  // A site header's controls run together ("Open Search Partner with DCC").
  /^(?:open |close |toggle )(?:search|menu|navigation)\b/i,
  /^(?:(?:consultation|call for evidence) outcome|(?:open|closed|upcoming) (?:consultation|call for evidence|call for input|survey)|policy paper|guidance|news story|press release|transcript)$/i,
  // A status line, with the days left after it ("Closes 17 Apr 2026 (8 days remaining)").
  /^(?:closed|opened|closes|opens|updated|published|last updated|first published)\b.{0,30}\d{4}(?:\s*\([^)]{0,40}\))?$/i,
  /^this (?:consultation|survey|call for evidence|call for input) is (?:now )?open\b/i,
  // A site's notice that more is behind a login ("For more information, please login.") and a banner's label
  // ("Information" above "Scottish Parliament election: 7 May. This site won't be routinely updated…").
  /\bplease (?:log ?in|sign ?in|register)\b|^(?:log ?in|sign ?in|register)$/i,
  /^(?:(?:important )?information|notice|alert)$/i,
  // A site's section above the page's own heading ("Case studies", "Latest news", "News feeds").
  /^(?:case stud(?:y|ies)|(?:latest )?news(?: feeds?)?|rss feeds?|blog|resources|publications|insights)$/i,
  // A publication's masthead above a news item's headline ("Drives and Controls Magazine").
  /^(?:[Tt]he )?[A-Z][\w&'’-]*(?: (?:and |& |of )?[A-Z][\w&'’-]*){0,4} (?:[Mm]agazine|[Jj]ournal|[Gg]azette|[Nn]ewsletter)$/,
  // A picture's description that a page prints as text ("People standing next to a green house with solar panels, an
  // electric car being charged, a person riding a bike, recycling"): a list of four or more things in sentence case.
  /^(?=(?:[^,]*,){3})[A-Z][a-z]*(?:[ ,]+[a-z][\w'’-]*){6,}$/,
  /^\/\s/,
  // A breadcrumb: the page's place in the site ("About SEC Change »", "FAQ » FAQ Categories »", "Home > News > General News").
  /[»›]\s*$/,
  /^[^>]{1,40}(?:\s>\s[^>]{1,40}){1,5}$/,
  // A notice about the page's state ("Unfortunately, you can't participate in this project anymore…").
  /^(?:unfortunately|sorry|this (?:consultation|survey|project|page|poll) (?:has|is) (?:now )?(?:closed|archived|ended)|you can(?:'|’|no)t (?:participate|respond|take part)|cookies?\b)/i,
  // What a document-sharing site prints around the text: arrows, "Page content transcription", a title cut short ("… · …").
  /^[^A-Za-z0-9]*$/,
  // A page count a sharing site prints above the text ("51").
  /^\d{1,4}$/,
  /^(?:page content transcription|if your browser does not render|transcript of\b|citation preview|embed size|advertisement$)/i,
  // A sharing site's controls above the text ("Download as pdf or txt", "Download PDF", "You are on page 1of 140").
  // (The page counter is in the language the site was visited in: "Sei sulla pagina 1di 56", "Vous êtes sur la page 1 sur 56".)
  /^(?:download (?:as )?(?:pdf|txt|docx?)(?: or (?:pdf|txt|docx?))?|(?:you are on page|sei sulla pagina|vous êtes (?:sur la|à la) page|está(?:s)? en la página|sie sind auf seite|você está na página) ?\d+ ?(?:of|di|sur|de|von) ?\d+)$/i,
  // A listing site's status and source line ("CONSULT.Outcome publishedConsultation · gov.uk", "Last fetched 03 May 2026 · gov.uk").
  /\s·\s*(?:[a-z0-9-]+\.)+[a-z]{2,}$/i,
  /^(?:upload:.*|(?:date )?post(?: on\b|:).*|category:?|documents?|transcript(?:ion)?|\d+ (?:views?|downloads?)|(?:views?|downloads?): \d+ times|share this document with a friend|\+ all categories|size: px|start display at page:?|download ".*"|current page|top banner|welcome message from author)$/i,
  // A running header or footer ("P127 Assessment ConsultationPage 1 of 3"), and the stage box code administrators print
  // on every cover ("What stage is this document in the process?").
  /page \d+ of \d+\b/i,
  /\bwhat stage is this\b|^document in the process\??$/i,
  // The stage a code modification is at, above its title ("Stage 03: Draft Modification Report").
  /^stage \d{1,2}\s*:/i,
  // A sharing site's page header: its page number, then the title and a snippet ("Page 1: (CUSC) CMP254 … · …").
  /^page \d+:\s/i,
  DATE_ALONE,
  // A sharing site names the file after its source ("p398 increasing access to bsc - elexon.co.uk").
  /\s[-–]\s[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:co\.uk|org\.uk|gov\.uk|com|org|net)$/i,
  /(?:\.\.\.|…)\s*·|(?:\.\.\.|…)$/,
  /^(?:the )?(?:health and safety executive|welsh government|llywodraeth cymru|scottish government|hm government|hm treasury|office of gas and electricity markets|elexon(?: limited)?|national grid(?: [a-z]+){0,3}|joint office of gas transporters|smart energy code company|data communications company)$/i,
  // A regulator's or agency's name alone on its line ("Financial Services Authority" under "Consultation Paper"), as a notice
  // also heads itself ("DEPARTMENT OF ENERGY" / "Federal Energy Regulatory Commission"): every word capitalised, ending in
  // what the body is.
  /^(?:[Tt]he )?[A-Z][\w&’'-]*(?: (?:and |of |for |& )?[A-Z][\w&’'-]*){0,5} (?:Authority|Regulator|Commission|Agency|Ombudsman|Board|Ministry)(?: Limited| Ltd)?$|^(?:THE )?(?:[A-Z&’'-]+ ){1,4}(?:COMMISSION|AUTHORITY|BOARD|AGENCY|REGULATOR|MINISTRY)$|^(?:THE )?DEPARTMENT (?:OF|FOR) (?:THE )?[A-Z]+(?: (?:AND |& )?[A-Z]+){0,3}$/,
  // A notice's editorial and filing lines: a line wholly in brackets ("[Proposed Rules]", "[Docket No. RM05-25-000]"), a
  // citation ("18 CFR Chapter I", "166 FERC ¶ 61,208 UNITED STATES OF AMERICA").
  /^\[[^\]]*\]$|^\d+ (?:CFR|FERC|U\.S\.C\.)\b|^(?:the )?united states of america$/i,
  /www\.|https?:\/\/|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/,
  // A news site's menu run together ("NESOOFGEMDESNZ") and its "feed" link.
  /^[A-Z]{10,}$/,
  /^(?:rss )?feed$/i,
  // The issuer and the kind of document above the title ("Welsh Government White Paper Consultation Document").
  /^(?:(?:[A-Z][\w’'-]* ){0,3}(?:Government|Executive|Assembly|Council|Authority|Commission|Office)|Ofgem|Ofwat|Ofcom|DESNZ|BEIS|DECC|DfT|Defra) (?:(?:White|Green) Paper )?(?:Consultation )?(?:Document|Paper)$/,
  // The committee that publishes a transcript or report, above its own title ("Public Accounts Committee").
  /^(?:(?:house of (?:commons|lords) )?[A-Z][\w&,'’-]*(?: (?:and )?[A-Z][\w&,'’-]*){0,5} )?(?:select )?committee$/i,
];
const SITE_FILE_DETAILS = /\b(?:file type|total pages?|file size)\s*:/i;
// A line that ends like this runs on into the next block ("…for a smarter market: our" / "proposals").
const RUNS_ON = /(?::|\b(?:the|a|an|to|of|and|or|for|in|on|with|our|your|their|its))$/i;

function isTitleLike(block: Block, text: string): boolean {
  if (block.kind === 'toc' || block.kind === 'table' || block.kind === 'bullet') return false;
  if (text.length < 8 || text.length > 400 || COVER_WORDS.test(text) || METADATA.test(text)) return false;
  if (!/[A-Za-z]{3}/.test(text) || matchQuestionLabel(text) !== null) return false;
  // A paragraph of several sentences, or one giving an address, is not a title.
  // ("…sectors. A Call for Evidence" is a title in two parts; it does not end like prose.)
  if (/@/.test(text) || (/[.?!]\s+[A-Z]/.test(text) && /[.?!]$/.test(text)) || text.split(/\s+/).length > 40) return false;
  // A paragraph of prose ends with a full stop; a title does not, unless it opens with the document's reference
  // ("CD247 - Public consultation on … England, Scotland and Wales.").
  return !/[.;,]$/.test(text) || text.length < 120 || /^[A-Z]{1,4}\d{2,4}[A-Za-z]?\s+[-–]\s+\S/.test(text);
}

// A reference and the kind of document in front of a short name: "PS-05 - Public Survey - <name>".
const REFERENCED_NAME = /^[A-Z]{1,4}-?\d{1,4}[A-Za-z]?\s+[-–]\s+[^-–]{3,40}\s+[-–]\s+(.{8,})$/;

const BODY_SECTION_HEADING =
  /^(?:context|overview|background|summary|introduction|purpose|about this (?:document|consultation|call for evidence|paper)|detail of (?:outcome|feedback received)|feedback received|consultation description|original consultation)$/i;

const BODY_STARTS = /^(?:(?:chapter|section|part|annex|appendix)\s+[\dA-Z]{1,3}\b|\d{1,2}(?:\.\d{1,2})+\s)/i;

function isTitleLine(text: string): boolean {
  return !NOT_TITLE_LINE.some((pattern) => pattern.test(text)) && !COVER_WORDS.test(text) && !DEPARTMENT_NAME.test(text);
}

/**
 * The lines of a cover block that can be a title: navigation, status and organisation lines
 * before it are dropped, and it stops at the first "Label: value" line or sentence of prose,
 * which some extractors run on without a gap.
 */
// A line in sentence case: a capital to start, then words all in lower case.
const SENTENCE_CASE = /^[A-Z][a-z’'-]+(?: [a-z][a-z’'-]*)+$/;
// A sharing site's trail after the document's name ("Responses from P212 Report Phase Consultation › ... › p212.pdf…").
const TRAIL = /\s+›\s.*›/;

/** The document's name in front of a sharing site's trail, or the line as it is. */
function beforeTrail(line: MappedText): MappedText {
  const trail = TRAIL.exec(line.text);
  return trail && trail.index >= 8 ? sliceMapped(line, 0, trail.index) : line;
}

function titleLines(doc: DocumentStructure, block: Block): MappedText {
  const lines = block.lines.map((index) => beforeTrail(doc.lines[index]?.text ?? EMPTY_MAPPED));
  if (lines.some((line) => SITE_FILE_DETAILS.test(line.text)) || SOCIAL_LINKS.test(lines[0]?.text ?? '')) return EMPTY_MAPPED;
  let from = 0;
  while (from < lines.length && !isTitleLine(collapseWhitespace(lines[from]?.text ?? ''))) from += 1;
  // A site-wide notice above the page's heading ("Read our flood information and advice to make sure you are prepared
  // for future flooding." / "Climate change consultation results"): a sentence with its full stop, then a shorter line.
  const notice = collapseWhitespace(lines[from]?.text ?? '');
  const below = collapseWhitespace(lines[from + 1]?.text ?? '');
  if (/^[A-Z][^.?!]{40,}\.$/.test(notice) && below.length > 0 && below.length < notice.length && !/[.?!]$/.test(below)) from += 1;
  const kept: MappedText[] = [];
  for (const line of lines.slice(from)) {
    const text = line.text.trim();
    if (METADATA.test(text) || (kept.length > 0 && !isTitleLine(collapseWhitespace(text)))) break;
    // Prose: a sentence ending inside the line, or a long line after the title has started.
    if (kept.length > 0 && (/[.?!]\s+[A-Z]/.test(text) || /[.?!]$/.test(text) || text.length > 120)) break;
    // A sentence of prose wrapped over lines, its clause after a comma ("The department may, in accordance with the Code of
    // Practice on Access to" / "Government Information, …").
    if (kept.length > 0 && text.length >= 50 && /^[A-Z][^,]{2,40}, [a-z]/.test(text)) break;
    // The first numbered heading or paragraph of the body, run on with no blank line ("Chapter 6: Summary of questions").
    if (kept.length > 0 && BODY_STARTS.test(text)) break;
    // The body's first section heading, run on below the title ("Context", "Background").
    // (A consultation page's own section headings too: "About this consultation", "Detail of outcome", "Feedback received".)
    if (kept.length > 0 && BODY_SECTION_HEADING.test(text)) break;
    // A heading of the body that asks without its question mark ("What did we do, what did we ask").
    if (kept.length > 0 && /^(?:what|how|why|when|where|who|which)\b/i.test(text)) break;
    // A subtitle below a title set in sentence case ("Staying connected" / "Important information for energy consumers"):
    // such a title wrapped over lines goes on in lower case, so a line of its own case starts a new phrase.
    if (kept.length === 1 && SENTENCE_CASE.test(kept[0]?.text.trim() ?? '') && SENTENCE_CASE.test(text)) break;
    kept.push(line);
  }
  const untouched = kept.length === lines.length && !block.lines.some((index) => TRAIL.test(doc.lines[index]?.text.text ?? ''));
  return untouched ? block.text : joinMappedLines(kept);
}

/** A title wrapped across blocks: the first ends mid-phrase or with a colon, the next goes on in lower case. */
/**
 * A title set on two lines of a cover ("Open Networks Project" / "Flexibility Consultation 2020") that the document also
 * prints as one line elsewhere (its run-on first page, a running header): the second line is part of it.
 */
function printedAsOne(doc: DocumentStructure, block: Block, next: Block, title: string): boolean {
  const second = collapseWhitespace(next.text.text);
  if (title.length < 8 || second.split(' ').length > 8) return false;
  const together = `${title} ${second}`;
  // (Looked for on the front pages only, where covers and running headers print it.)
  return doc.blocks.slice(0, FRONT_BLOCKS * 4).some((other) => {
    if (other === block || other === next) return false;
    const text = collapseWhitespace(other.text.text);
    const at = text.indexOf(together);
    // Not a cover detail cut in two ("… Strategic Review" / "Publication" from "… Review Publication date: 1 June 2021").
    return at >= 0 && !METADATA.test(text.slice(at + title.length + 1));
  });
}

function withContinuation(doc: DocumentStructure, block: Block, mapped: MappedText): MappedText {
  const next = doc.blocks[doc.blocks.indexOf(block) + 1];
  if (!next || next.kind !== 'text' && next.kind !== 'heading') return mapped;
  const nextText = collapseWhitespace(next.text.text);
  // A quotation opened and not closed ("P398 ‘Increasing access to BSC" / "Data’") goes on too.
  const openQuote = (mapped.text.match(/[‘“]/g) ?? []).length > (mapped.text.match(/[’”]/g) ?? []).length;
  const confirmed = printedAsOne(doc, block, next, collapseWhitespace(mapped.text));
  // A title that asks, with its subtitle set below it ("A Sustainable Energy Strategy?" / "Renewables and the PIU review").
  const subtitle = /\?$/.test(mapped.text.trim()) && next.lines.length === 1 && /^[A-Z]/.test(nextText) && nextText.split(' ').length <= 8 && !/[.?!:;,]$/.test(nextText);
  const joins = RUNS_ON.test(mapped.text.trim()) || /^[a-z]/.test(nextText) || openQuote || confirmed || subtitle;
  // A letter alone on its line is a stray symbol from an icon font ("u" for an arrow), not the title going on. (A word a
  // sharing site also prints alone, "Document", is the title's last word when the document prints the two lines as one.)
  // (A date below the title is a detail, even where a run-on copy prints it after the title.)
  if (!joins || !/[A-Za-z]{2}/.test(nextText) || nextText.length > 120 || (!isTitleLine(nextText) && !confirmed) || METADATA.test(nextText) || DATE_ALONE.test(nextText) || /[.?!]$/.test(nextText)) return mapped;
  return joinMappedLines([mapped, next.text]);
}

// The date and version a cover prints after the title on the same line ("… for 2022 October 2021 │Version 1").
const DATE_AND_VERSION_AFTER =
  /\s+(?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})?\s*(?:[│|]\s*)?(?:version \d+(?:\.\d+)*)?\s*$/i;

// The cover's first detail run onto the title's line, with the kind of document before it ("… and marketing Consultation
// Publication date:"), or with its date ("… MARKET FRAMEWORK Closing date: 1 June 2020"); a legal site's copy of a Federal
// Register notice, its pages and document number ("Fuel Retention Practices of Natural Gas Companies, 55762-55765 [E7-19386]").
const DETAIL_AFTER =
  /\s+(?:(?:statutory |open |informal )?consultation\s+)?(?:publication date|date of publication|response deadline|closing date|contact|team)(?:\s*:?\s*$|\s*:\s*\d{1,2} [A-Za-z]+ \d{4}$)|,?\s+\d{2,6}[-–]\d{2,6}\s+\[[A-Z]{1,3}\d[\w–-]*\]$/i;

// A hub's status run onto the title, after its tab and year ("… Methodology Consultation Overview 2026 Open until 17 April
// 2026 0").
const STATUS_AFTER = /\s+(?:overview\s+)?(?:\d{4}\s+)?(?:open until|closes|closed|closing)\s+(?:on\s+)?\d{1,2} [A-Za-z]+ \d{4}\b.*$/i;

// A sharing site's excerpt of the text run onto the title after a middle dot ("RIIO-2 Sector Specific Methodology · in
// this consultation document may be capable…").
const SITE_EXCERPT_AFTER = /\s+·\s+[a-z].*$/;

// The kind of document, described after the title on its line, with the cover's date ("… Part 1: Options paper A
// consultation paper containing summarised regulatory impact statements October 2019").
const KIND_DESCRIBED_AFTER =
  /\s+An? (?:consultation|discussion|options|issues|position) (?:paper|document)\b[^.?!:]{0,160}?(?:\s(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})?$/;

function withoutDetailAfter(title: MappedText): MappedText {
  const found =
    DETAIL_AFTER.exec(title.text) ?? STATUS_AFTER.exec(title.text) ?? SITE_EXCERPT_AFTER.exec(title.text) ?? KIND_DESCRIBED_AFTER.exec(title.text);
  return found && found.index > 8 ? trimMapped(sliceMapped(title, 0, found.index)) : title;
}

function withoutDateAndVersion(title: MappedText): MappedText {
  const found = DATE_AND_VERSION_AFTER.exec(title.text);
  // Only with the version marker: a title may end with its own date ("… consultation: 4 February 2019").
  return found && found.index > 8 && /version/i.test(found[0]) ? trimMapped(sliceMapped(title, 0, found.index)) : title;
}

// Where a title printed in full goes on to the cover's details ("… industry codes Publication date: 17 June 2019").
const AFTER_TITLE = /\s+(?:consultation\s+)?(?:contact|publication date|response deadline|team|tel(?:ephone)?|e-?mail|overview|final decision|published|date|version)\b|[.?!]\s|\n\s*\n/i;

/**
 * A title cut short (a sharing site's shortened copy, "… framework for data", or an excerpt ending mid-word) is
 * completed from the place the document prints it in full: the same words going on with a subtitle after a colon or
 * in lower case, up to the cover's next detail.
 */
function completed(doc: DocumentStructure, title: MappedText): MappedText {
  const words = collapseWhitespace(title.text);
  if (words.length < 8) return title;
  const pattern = new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'g');
  for (const block of doc.blocks.slice(0, FRONT_BLOCKS * 2)) {
    const raw = block.text.text;
    for (const found of raw.matchAll(pattern)) {
      const end = found.index + found[0].length;
      const rest = raw.slice(end, end + 250);
      // A subtitle after a colon goes on anywhere; words in lower case only where the title starts a line or was cut
      // mid-word (in prose, "ENA's Open Networks Project is laying…" goes on as a sentence, not as the title).
      const startsLine = found.index === 0 || /\n\s*$/.test(raw.slice(0, found.index));
      const midWord = /[A-Za-z]$/.test(found[0]) && /^[a-z]/.test(rest);
      if (!/^:\s/.test(rest) && !((startsLine || midWord) && /^(?:[a-z]|[ \t\n]+[a-z])/.test(rest))) continue;
      const stop = rest.search(AFTER_TITLE);
      if (stop < 3 || /[?;]/.test(rest.slice(0, stop))) continue;
      return sliceMapped(block.text, found.index, end + stop);
    }
  }
  return title;
}

function withoutCellSeparators(value: MappedText): MappedText {
  const start = /^[\s/|│]*/.exec(value.text)?.[0].length ?? 0;
  const end = value.text.length - (/[\s/|│]*$/.exec(value.text)?.[0].length ?? 0);
  return sliceMapped(value, start, Math.max(start, end));
}

// The issuer's name printed in front of the title on the same line ("Energy Networks Association Open Networks WS2 …").
// So is the page's status ("ARCHIVED – For Comment – Draft Interim Filing Guidance …"), and a cover's reference and date
// that a sharing site runs onto its line ("EBF_018538H 10 November 2015 EBF reply to the Consultation Paper on …").
const ISSUER_BEFORE =
  /^(?:Energy Networks Association|Ofgem|Elexon(?: Limited)?|National Grid(?: ESO)?|Smart DCC|SECAS|Joint Office of Gas Transporters|Health and Safety Executive|(?:ARCHIVED|Archived|CLOSED|WITHDRAWN|Withdrawn|SUPERSEDED|Superseded)\s*[-–—:]|[A-Z]{2,8}[_/-]?\d{3,8}[A-Z]?\s+\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\s+(?=[A-Z](?:\S*\s+\S+){2})/;

function withoutIssuer(title: MappedText): MappedText {
  const issuer = ISSUER_BEFORE.exec(title.text);
  return issuer ? trimMapped(sliceMapped(title, issuer[0].length, title.text.length)) : title;
}

function numberedHeading(text: string): boolean {
  return /^(?:\d{1,2}(?:\.\d{1,2})*\.?|chapter\s+\d+|section\s+\d+)\s/i.test(text);
}

// File properties that name a template or a file, not the consultation.
const NOT_A_DOCUMENT_TITLE = /^(?:microsoft (?:word|powerpoint|excel) - .*|powerpoint presentation|.*\.(?:docx?|pdf|rtf)|title|document\d*|untitled.*|template.*|.*response collection template)$/i;

/** The first bold block or top heading among the front blocks, else the first title-like paragraph there. */
function frontTitle(doc: DocumentStructure, blocks: readonly Block[]): { block: Block; confidence: Confidence } | null {
  const front: Block[] = [];
  for (const block of blocks) {
    if (front.length >= FRONT_BLOCKS || block.kind === 'toc') break;
    const text = collapseWhitespace(block.text.text);
    // The body starts at the first numbered heading ("1. Introduction").
    // (Not a sharing site's "2 views", which only looks like one.)
    if (block.kind === 'heading' && numberedHeading(text) && isTitleLine(text) && front.length > 0) break;
    front.push(block);
  }
  const texts = front.map((block) => collapseWhitespace(titleLines(doc, block).text));
  // An image's caption printed above the heading and again below it ("Wind Turbine" / "Consultation on Community
  // Benefit Fund" / "Wind Turbine") is not the title: a line of three words or fewer, repeated two blocks on.
  const caption = (index: number): boolean => {
    const text = texts[index] ?? '';
    return text.split(' ').length <= 3 && texts[index + 2] === text && (texts[index + 1] ?? '').length > text.length;
  };
  const titleLike = front.filter((block, index) => !caption(index) && isTitleLike(block, texts[index] ?? ''));
  const marked = titleLike.find((block) => {
    const line = doc.lines[block.lines[0] ?? -1];
    return block.bold || (line?.heading !== null && (line?.heading ?? 9) <= 2);
  });
  if (marked) return { block: marked, confidence: 'high' };
  const first = titleLike.find((block) => block.kind === 'text' || block.kind === 'heading');
  return first ? { block: first, confidence: 'medium' } : null;
}

/**
 * The title: the file's own title property when it reads as one, else a "Title:"
 * line, else the first bold block or heading on the front page, else the first
 * title-like paragraph there, else the first top heading.
 */

// A colon run into the next word, as PDF text loses the space after it ("Regulatory Reform:Handbook transitional …").
function spacedColons(title: string): string {
  return title.replace(/([a-z]):(?=[A-Z][a-z])/g, '$1: ');
}

export function findTitle(doc: DocumentStructure, documentTitle?: string): TitleFinding {
  const own = collapseWhitespace(documentTitle ?? '');
  if (own.length >= 8 && own.length <= MAX_TITLE && /[A-Za-z]{3}/.test(own) && !NOT_A_DOCUMENT_TITLE.test(own) && !COVER_WORDS.test(own) && !DEPARTMENT_NAME.test(own)) {
    // Where the text prints the same words, point at them.
    const at = doc.blocks.find((block) => collapseWhitespace(block.text.text) === own);
    return { title: own, confidence: 'high', span: at ? spanOf(at.text, 0, at.text.text.length) : null };
  }
  const labelled = findLabelledValues(doc, 'title|consultation title|document title')[0];
  if (labelled) {
    // A form's table prints the value in the next cell ("Consultation title: / Telephone Numbering - …").
    const cell = withoutCellSeparators(labelled.value);
    // A page's front matter quotes it (title: "Extended Consultation").
    const quoted = /^["“]([^"“”]+)["”]$/.exec(cell.text.trim());
    const value = quoted ? sliceMapped(cell, cell.text.indexOf(quoted[1] ?? ''), cell.text.indexOf(quoted[1] ?? '') + (quoted[1] ?? '').length) : cell;
    const title = collapseWhitespace(value.text).slice(0, MAX_TITLE);
    if (title !== '') return { title, confidence: 'high', span: spanOf(value, 0, value.text.length) };
  }
  const pick = (block: Block, confidence: Confidence): TitleFinding => {
    const mapped = withoutIssuer(completed(doc, withoutDateAndVersion(withoutDetailAfter(trimMapped(withContinuation(doc, block, trimMapped(titleLines(doc, block))))))));
    return {
      title: spacedColons(collapseWhitespace(mapped.text)).slice(0, MAX_TITLE),
      confidence,
      span: spanOf(mapped, 0, mapped.text.length),
    };
  };
  const front = frontTitle(doc, doc.blocks);
  if (front) {
    const found = pick(front.block, front.confidence);
    // A sharing site's name for the file that the document never prints gives way to the title below its frame.
    const below = blocksBelowSiteFrame(doc, front.block, found.title, FRONT_BLOCKS * 2);
    const afterFrame = below ? frontTitle(doc, below) : null;
    const own = afterFrame ? pick(afterFrame.block, front.confidence) : null;
    // Only a title: words enough to name something, no sentence of prose.
    if (own && !/[.?!]\s/.test(own.title) && own.title.split(' ').length >= 3 && own.title.split(' ').length <= 30) return own;
    // Where the document prints the same title again in its own form, that form wins (see ownPrinting).
    const start = doc.blocks.indexOf(front.block) + 1;
    for (const block of doc.blocks.slice(start, start + FRONT_BLOCKS * 2)) {
      if (block.kind === 'toc' || !isTitleLike(block, collapseWhitespace(titleLines(doc, block).text))) continue;
      const other = pick(block, front.confidence);
      if (ownPrinting(found.title, other.title) || withSiteSuffix(found.title, other.title) || withAddressRunIn(found.title, other.title)) return other;
      // A short name with its reference in front ("PS-05 - Public Survey - Framework Guideline Review Process") above the
      // document's full title that goes on from that name ("Framework Guideline Review Process - Public Questionnaire …").
      const name = REFERENCED_NAME.exec(found.title)?.[1];
      if (block === doc.blocks[start] && name && other.title.startsWith(name) && other.title.length > name.length + 8) return other;
      const fuller = block === doc.blocks[start] ? throughSubtitle(doc, block) : null;
      if (fuller && fullerPrinting(found.title, collapseWhitespace(fuller.text))) {
        return { title: collapseWhitespace(fuller.text).slice(0, MAX_TITLE), confidence: front.confidence, span: spanOf(fuller, 0, fuller.text.length) };
      }
    }
    // A code modification's cover names it by its reference ("CMP191 & P271: NETSO Consultation in relation to …"), ahead of
    // the stage box; a title naming no modification (the codes' names, "Connection and Use of System Code (CUSC), …")
    // gives way to it.
    const modification = /\d/.test(found.title) ? null : modificationTitle(doc);
    if (modification) return { title: collapseWhitespace(modification.text).slice(0, MAX_TITLE), confidence: 'medium', span: spanOf(modification, 0, modification.text.length) };
    // A site's lower-case copy that abbreviates the title the document prints in full only inside a run-on line.
    const printed = abbreviatedPrinting(doc, found.title);
    if (printed) return { title: collapseWhitespace(printed.text).slice(0, MAX_TITLE), confidence: 'medium', span: spanOf(printed, 0, printed.text.length) };
    return found;
  }
  const topHeading = doc.blocks.find((block) => {
    const line = doc.lines[block.lines[0] ?? -1];
    return line?.heading === 1 && isTitleLike(block, collapseWhitespace(block.text.text));
  });
  if (topHeading) return pick(topHeading, 'low');
  // (The issuer's name may be printed twice, as a letterhead and again in front of the title.)
  const runOn = withoutIssuer(runOnCoverTitle(doc) ?? EMPTY_MAPPED);
  if (runOn.text !== '') return { title: collapseWhitespace(runOn.text).slice(0, MAX_TITLE), confidence: 'low', span: spanOf(runOn, 0, runOn.text.length) };
  return { title: UNTITLED, confidence: 'low', span: null };
}

// "CMP191 & P271: <name>" up to the code administrators' stage box ("What stage is this document at?").
const MODIFICATION_TITLE =
  /\b((?:CMP|GC|DCP|UNC|MP|CP|P)\d{2,4}[A-Z]?(?:\s*(?:&|and|\/)\s*(?:CMP|GC|DCP|UNC|MP|CP|P)\d{2,4}[A-Z]?)*:\s+[A-Z][^\n]{10,400}?)\s+(?=What stage is this document\b)/;

function modificationTitle(doc: DocumentStructure): MappedText | null {
  for (const block of doc.blocks.slice(0, FRONT_BLOCKS * 2)) {
    const found = MODIFICATION_TITLE.exec(block.text.text);
    const title = found?.[1];
    if (found && title) return trimMapped(sliceMapped(block.text, found.index, found.index + title.length));
  }
  return null;
}

/** A block's lines up to the subtitle after its first colon: the line after one ending with it, or the line holding it. */
function throughSubtitle(doc: DocumentStructure, block: Block): MappedText | null {
  const lines = block.lines.map((index) => doc.lines[index]?.text ?? EMPTY_MAPPED);
  const at = lines.findIndex((line) => /:(?:\s|$)/.test(line.text.trimEnd()));
  if (at < 0 || at > 3) return null;
  const last = /:\s*$/.test(lines[at]?.text ?? '') ? at + 1 : at;
  return last < lines.length ? trimMapped(joinMappedLines(lines.slice(0, last + 1))) : null;
}

/**
 * Where the document prints in full a title that a site copied in lower case with some words abbreviated ("rec v2.0 and
 * retail code consolidation"): the same words in order, an abbreviation standing for capitalised words it is the
 * initials of ("Retail Energy Code v2.0 and Retail Code Consolidation").
 */
function abbreviatedPrinting(doc: DocumentStructure, copy: string): MappedText | null {
  if (copy !== copy.toLowerCase() || copy.split(' ').length < 3) return null;
  const parts = copy.split(' ').map((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!/^[a-z]{2,4}$/.test(word)) return escaped;
    const initials = [...word].map((letter) => `${letter.toUpperCase()}[\\w’'-]*`).join('\\s+');
    return `(?:${escaped}|${initials})`;
  });
  const pattern = new RegExp(`\\b${parts.join('\\s+')}\\b`, 'i');
  for (const block of doc.blocks.slice(0, FRONT_BLOCKS * 4)) {
    const found = pattern.exec(block.text.text);
    if (!found || !abbreviatedCopy(copy, found[0])) continue;
    return sliceMapped(block.text, found.index, found.index + found[0].length);
  }
  return null;
}

// In a cover run into one line, the title sits after a sentence, the web address or the issuer's letterhead and before
// the cover's details, the name of the form ("Health and Safety Executive … CD268 Consultation on … Reply Form") or the
// letter's first numbered section ("www.ofgem.gov.uk Open Letter Consultation on … (RIIO-ED2) 1. Introduction").
const RUN_ON_TITLE =
  /(?:[.?!]\s+|www\.[a-z0-9.-]+\s+|^(?:Health and Safety Executive|Ofgem|Elexon|National Grid(?: ESO)?|Energy Networks Association)\s+)([A-Z][^.?!@]{10,300}?)\s+(?=(?:Publication date|Date of publication|Contact|Team|Response deadline|Closing date|Overview|Contents|Context|Reference|(?:Reply|Response) Form|1\.? (?:Introduction|Background|Summary|Overview|Purpose))\b)/g;
// The kind of document printed between the title and the details ("… Wholesale costs Consultation - supplementary appendix").
const DOCUMENT_KIND_AFTER = /\s+(?:(?:statutory|open|informal) )?(?:consultation|decision|open letter|call for (?:evidence|input))(?:\s+-\s+[a-z][a-z ]*)?$/i;

/**
 * A cover that came out as one long line ("… by 20 August 2020. Statutory Consultation – Supplier Licensing Review: …
 * Publication date: …", "www.ofwat.gov.uk Towards Water 2020 – … Contents"): the words between the end of a sentence
 * or the web address and the first cover detail, when they read as a title. Only where nothing else was found.
 */
function runOnCoverTitle(doc: DocumentStructure): MappedText | null {
  for (const block of doc.blocks.slice(0, FRONT_BLOCKS)) {
    if (block.text.text.length < 200) continue;
    for (const found of block.text.text.matchAll(RUN_ON_TITLE)) {
      const printed = found[1] ?? '';
      const kind = DOCUMENT_KIND_AFTER.exec(printed);
      const title = kind && kind.index > 0 ? printed.slice(0, kind.index) : printed;
      const words = title.split(/\s+/).length;
      if (words < 3 || words > 35 || !isTitleLine(title) || METADATA.test(title) || /\d{3,}\s*\d{3,}/.test(title)) continue;
      const start = found.index + found[0].indexOf(title);
      return trimMapped(sliceMapped(block.text, start, start + title.length));
    }
  }
  return null;
}
