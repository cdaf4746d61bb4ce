import type { Block, DocumentStructure } from './document-structure';
import type { QuestionSource } from './find-questions';
import { trimMapped } from './mapped-text';

// A lead-in that asks for views on the points listed after it: "We are inviting submissions on:",
// "The Committee particularly welcomes evidence addressing:", "views are sought on the following:",
// "Views are sought from interested parties on the following themes:", "EERE is also requesting comments on the
// questionnaire, specifically on:", "Submissions should focus on the following:".
const INVITING_LEAD_IN = [
  /\b(?:welcom\w*|invit\w*|seek\w*|request\w*|would like|interested in|asks? for)\b[^:]{0,160}\b(?:evidence|views|comments|submissions|responses|input|thoughts|feedback)\b[^:]{0,100}:\s*$/i,
  /\b(?:evidence|views|comments|submissions|input|feedback) (?:are |is )?(?:sought |invited |welcome[d]? )?(?:on|about|addressing|regarding)(?: the following)?:\s*$/i,
  /\bthe following (?:questions|issues|points|areas|topics|themes|matters)\b[^:]{0,80}:\s*$/i,
  /\b(?:submissions|responses|evidence|comments|views)\b[^:.]{0,60}\b(?:should|may|could|are asked to|might)\s+(?:focus on|address|cover|consider|respond to)\s+the following:\s*$/i,
];
// A lead-in that names some of what the consultation covers, by way of example ("we are seeking views on a range of design
// features of the proposed mechanism, including:"), lists its topics, and one on the documents it sends ("The NEB is
// interested in receiving comments on the following documents (attached):") lists those papers; its questions are
// asked elsewhere.
const NAMES_WHAT_IS_COVERED =
  /\b(?:including|such as|for example|for instance|among (?:them|others))\s*:\s*$|\bthe following (?:draft )?(?:documents?|papers?|reports?|drafts?|attachments?)\b[^:]{0,30}:\s*$/i;
// A lead-in that tells what an earlier consultation asked, in the past tense ("DBT sought views on:", "The consultation
// asked for comments on:"), as a response or outcome recounts it; "Views are invited on:" and "Ofgem has requested views
// on:" still ask now.
const RECOUNTED = /(?<!\b(?:are|is|be|being|been|has|have)\s)\b(?:sought|asked|invited|requested)\b[^:.]{0,120}:\s*$/i;

const MAX_ITEM = 2000;

/** A short line that names a group of points: no more than eight words and no closing punctuation. */
function isSubHeading(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 8 && !/[.?!:;,]$/.test(text.trim()) && /^[A-Z]/.test(text.trim());
}

/**
 * A block that invites views on the points listed after it: it ends with the lead-in, or with the lead-in and the
 * sub-heading of the first group of points run on below it ("…on the following matters:" / "Accelerating the shift…").
 */
function invitesViews(doc: DocumentStructure, block: Block): boolean {
  const texts = block.lines.map((line) => doc.lines[line]?.text.text ?? '');
  const last = texts[texts.length - 1] ?? '';
  const leadIn = texts.length > 1 && isSubHeading(last) ? texts.slice(0, -1) : texts;
  const said = leadIn.join(' ');
  // The sentence that ends with the colon invites views; one before it does not make the list what is asked ("…is seeking
  // feedback from interested parties because the changes are material. The proposed changes relate to:").
  const lastSentence = said.slice(Math.max(said.lastIndexOf('. '), said.lastIndexOf('? '), said.lastIndexOf('! ')) + 1);
  return !NAMES_WHAT_IS_COVERED.test(said) && !RECOUNTED.test(lastSentence) && INVITING_LEAD_IN.some((pattern) => pattern.test(lastSentence));
}

// The sentence after the list sends the reader to a survey further down the page ("…by Wednesday, 12 February, by
// completing the following survey."): the list named what the survey covers, and its questions are the survey's own.
// (Not "…by completing the online form": that is where answers to the listed points go.)
const POINTS_TO_SURVEY =
  /\b(?:complet\w*|fill\w*(?: in)?|answer\w*|tak\w*) (?:the|this|our) following (?:[\w-]+ )?(?:survey|questionnaire|form)\b|\b(?:survey|questionnaire|form) (?:below|that follows)\b/i;

/** A list item taken as a question with no printed label: "Item n", for the user to check. */
function unlabelledItem(line: number, text: ReturnType<typeof trimMapped>, n: number): QuestionSource {
  return { line, match: { label: `Item ${n}`, restStart: 0, separator: 'end' }, labelText: text, parts: [text], unlabelled: true };
}

/**
 * Questions printed without labels: the items of a bulleted list that follows a
 * lead-in inviting views on them. Each item becomes a question labelled "Item n",
 * for the user to check (the caller marks them low confidence).
 */
export function collectListQuestions(doc: DocumentStructure, taken: (line: number) => boolean): QuestionSource[] {
  const found: QuestionSource[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind !== 'text' || !invitesViews(doc, block)) return;
    const items: QuestionSource[] = [];
    let next = index + 1;
    for (; next < doc.blocks.length; next += 1) {
      const item = doc.blocks[next];
      // A sub-heading between groups of points ("Road pricing") goes on to the next group.
      if (item && item.kind !== 'bullet' && isSubHeading(item.text.text) && doc.blocks[next + 1]?.kind === 'bullet') continue;
      if (!item || item.kind !== 'bullet') break;
      const first = item.lines[0] ?? -1;
      if (taken(first) || item.text.text.length > MAX_ITEM) continue;
      const text = trimMapped(item.text);
      if (text.text === '') continue;
      items.push(unlabelledItem(first, text, found.length + items.length + 1));
    }
    // (Points that ask are questions wherever they are answered.)
    const asking = items.some((item) => item.parts.some((part) => part.text.includes('?')));
    if (!asking && POINTS_TO_SURVEY.test(doc.blocks[next]?.text.text ?? '')) return;
    found.push(...items);
  });
  return found;
}

// A point that itself asks for views: "Oftel invites comments on the proposal that…", "We would welcome views on…".
const INVITING_ITEM =
  /^(?:[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3}|we|the (?:authority|department|government|regulator|committee))\s+(?:(?:would|will) (?:welcome|like|appreciate)|invites?|welcomes?|seeks?|is seeking|are seeking|asks? for)\s+(?:\w+\s+){0,3}?(?:comments?|views?|suggestions?|evidence|responses?|thoughts)\b/i;

/**
 * Questions printed as a bulleted list of requests for views, with no question mark ("Oftel invites comments on
 * the proposal that…", "Oftel seeks views on…"), as older consultations summarise their questions. Taken only as
 * a set of two or more, for a document where no question was found any other way.
 */
export function collectInvitingBullets(doc: DocumentStructure, taken: (line: number) => boolean): QuestionSource[] {
  const found: QuestionSource[] = [];
  for (const block of doc.blocks) {
    const first = block.lines[0] ?? -1;
    if (block.kind !== 'bullet' || taken(first) || block.text.text.length > MAX_ITEM) continue;
    const text = trimMapped(block.text);
    if (!INVITING_ITEM.test(text.text) || /:\s*$/.test(text.text)) continue;
    found.push(unlabelledItem(first, text, found.length + 1));
  }
  return found.length >= 2 ? found : [];
}
