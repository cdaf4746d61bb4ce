import type { DocumentStructure } from './document-structure';
import type { QuestionSource } from './find-questions';
import { trimMapped } from './mapped-text';

// A lead-in that asks for views on the points listed after it: "We are inviting submissions on:",
// "The Committee particularly welcomes evidence addressing:", "views are sought on the following:".
const INVITING_LEAD_IN = [
  /\b(?:welcom\w*|invit\w*|seek\w*|would like|interested in|asks? for)\b[^:]{0,160}\b(?:evidence|views|comments|submissions|responses|input|thoughts|feedback)\b[^:]{0,100}:\s*$/i,
  /\b(?:evidence|views|comments|submissions|input|feedback) (?:are |is )?(?:sought |invited |welcome[d]? )?(?:on|about|addressing|regarding)(?: the following)?:\s*$/i,
  /\bthe following (?:questions|issues|points|areas|topics|matters)\b[^:]{0,80}:\s*$/i,
];

const MAX_ITEM = 2000;

/**
 * Questions printed without labels: the items of a bulleted list that follows a
 * lead-in inviting views on them. Each item becomes a question labelled "Item n",
 * for the user to check (the caller marks them low confidence).
 */
export function collectListQuestions(doc: DocumentStructure, taken: (line: number) => boolean): QuestionSource[] {
  const found: QuestionSource[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind !== 'text' || !INVITING_LEAD_IN.some((pattern) => pattern.test(block.text.text))) return;
    for (let next = index + 1; next < doc.blocks.length; next += 1) {
      const item = doc.blocks[next];
      if (!item || item.kind !== 'bullet') break;
      const first = item.lines[0] ?? -1;
      if (taken(first) || item.text.text.length > MAX_ITEM) continue;
      const text = trimMapped(item.text);
      if (text.text === '') continue;
      found.push({
        line: first,
        match: { label: `Item ${found.length + 1}`, restStart: 0, separator: 'end' },
        labelText: text,
        parts: [text],
        unlabelled: true,
      });
    }
  });
  return found;
}
