import type { DocumentStructure } from './document-structure';
import type { QuestionSource } from './find-questions';
import { type MappedText, sliceMapped } from './mapped-text';
import { type LabelMatch, matchNumberedLabel, matchQuestionLabel, startsQuestionText } from './question-labels';

// Cells a response form leaves for the respondent, which are not part of the question.
const PLACEHOLDER =
  /^(?:\[[^\]]*\]|click (?:or tap )?here.*|please (?:enter|insert|provide|type) (?:your )?(?:response|comments?|answer).*|enter (?:your )?(?:text|response).*|(?:your )?(?:response|answer|comments?|rationale)s?:?|yes\s*\/\s*no.*|n\/a)$/i;
const ANSWER_ROW = /^(?:response|answer|comments?|rationale|your response|respondent)\b/i;
const BARE_NUMBER = /^(\d{1,3}[.)]?)$/;

function textCells(cells: readonly MappedText[], from: number): MappedText[] {
  return cells.slice(from).filter((cell) => cell.text !== '' && !PLACEHOLDER.test(cell.text));
}

/**
 * A question laid out in a table row, as response forms do:
 * "| Question 1 | Do you agree…? |", or a label row followed by a row with the text.
 */
export function collectTableQuestion(doc: DocumentStructure, line: number, inQuestionsSection: boolean): QuestionSource | null {
  const cells = doc.lines[line]?.cells;
  if (!cells) return null;
  const first = cells.findIndex((cell) => cell.text !== '');
  const cell = cells[first];
  if (!cell) return null;
  let match: LabelMatch | null = matchQuestionLabel(cell.text);
  if (!match && inQuestionsSection) {
    const bare = BARE_NUMBER.exec(cell.text);
    match = bare?.[1] ? { label: bare[1], restStart: cell.text.length, separator: 'end' } : matchNumberedLabel(cell.text);
  }
  if (!match || !startsQuestionText(match, cell.text)) return null;

  const labelText = sliceMapped(cell, 0, match.label.length);
  if (match.separator !== 'end') {
    return { line, match, labelText, parts: [sliceMapped(cell, match.restStart, cell.text.length)] };
  }
  const sameRow = textCells(cells, first + 1);
  if (sameRow.length > 0) return { line, match, labelText, parts: sameRow };
  // A label row on its own: the question is in the next row, unless that row is for the answer.
  for (let next = line + 1; next < doc.lines.length; next += 1) {
    if (doc.kinds[next] === 'empty') continue;
    const nextCells = doc.lines[next]?.cells;
    if (doc.kinds[next] !== 'table' || !nextCells) return null;
    const parts = textCells(nextCells, 0);
    if (parts.length === 0 || ANSWER_ROW.test(parts[0]?.text ?? '') || matchQuestionLabel(parts[0]?.text ?? '')) return null;
    return { line, match, labelText, parts };
  }
  return null;
}

const QUESTION_HEADER = /^(?:no\.?|#|ref\.?|questions?(?: (?:no\.?|number))?)$/i;

// The end of a row whose last cell the extraction wrapped onto a line of its own ("| Questions |" / "Y/N |").
const WRAPPED_ROW_END = /\S[ \t]*\|[ \t]*$/;

/**
 * The first row of the table the line is in. A rule, a row of empty cells (the answer space a form leaves under each
 * question) and the wrapped end of a row ("Y/N |") are still the table.
 */
function tableStart(doc: DocumentStructure, line: number): number {
  let first = line;
  for (let index = line - 1; index >= 0; index -= 1) {
    const row = doc.lines[index];
    if (doc.kinds[index] === 'table') first = index;
    else if (doc.kinds[index] === 'empty' ? row?.tableRule !== true && !row?.cells?.every((cell) => cell.text === '') : !WRAPPED_ROW_END.test(row?.text.text ?? '')) break;
  }
  return first;
}

/** The line is in a table whose header row says its rows are questions ("Question | Comment"). */
export function inQuestionTable(doc: DocumentStructure, line: number): boolean {
  const header = doc.lines[tableStart(doc, line)]?.cells ?? [];
  return header.slice(0, 2).some((cell) => QUESTION_HEADER.test(cell.text.trim()));
}

/**
 * A row of a "Question | Comment" table whose question lost its number in extraction:
 * the first cell asks, the rest are left for the answer. Labelled "Item n" by the caller.
 */
export function collectUnnumberedTableRow(doc: DocumentStructure, line: number): QuestionSource | null {
  const start = tableStart(doc, line);
  const cells = doc.lines[line]?.cells;
  if (line === start || !cells || !inQuestionTable(doc, line)) return null;
  const first = cells.find((cell) => cell.text !== '');
  if (!first || !first.text.includes('?') || matchQuestionLabel(first.text) || matchNumberedLabel(first.text)) return null;
  return { line, match: { label: 'Item', restStart: 0, separator: 'end' }, labelText: first, parts: [first], unlabelled: true };
}
