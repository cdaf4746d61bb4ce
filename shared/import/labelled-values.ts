import { linesAfterInParagraph, type DocumentStructure } from './document-structure';
import { type MappedText, collapseWhitespace, joinMappedLines, sliceMapped } from './mapped-text';

/** "Respond by: 1600 on 28 October 2020": a label at the start of a line and the value after it. */
export interface LabelledValue {
  line: number;
  label: string;
  value: MappedText;
  /** Where the value starts in the line's text. */
  valueStart: number;
}

// A line that gives a value of its own ("date: 2019-02-28T13:06:59Z" under "title: …" in a page's front matter).
const OWN_LABEL = /^[a-z][\w -]{0,30}:\s/;

/** A value that wraps onto the next line of its paragraph ("…minimum annual\ninstallation requirements"). */
function withWrappedLines(doc: DocumentStructure, line: number, value: MappedText): MappedText {
  const parts = [value];
  for (const next of linesAfterInParagraph(doc, line, 3)) {
    const text = doc.lines[next]?.text;
    const last = parts[parts.length - 1]?.text ?? '';
    if (!text || !/^[a-z(]/.test(text.text) || OWN_LABEL.test(text.text) || /[.;:]$/.test(last)) break;
    parts.push(text);
  }
  return parts.length === 1 ? value : joinMappedLines(parts);
}

/**
 * Every line that starts with one of the labels (a regex alternation, matched
 * case-insensitively) followed by a colon, a table bar or a tab, and a value.
 */
export function findLabelledValues(doc: DocumentStructure, labels: string): LabelledValue[] {
  const pattern = new RegExp(`^(${labels})\\s*(?:\\([^)]{0,40}\\))?\\s*(?:[:|\\t–]|-\\s)[\\s:|\\t]*`, 'i');
  const found: LabelledValue[] = [];
  doc.lines.forEach((line, index) => {
    if (line.empty || doc.kinds[index] === 'toc') return;
    const text = line.text.text;
    const match = pattern.exec(text);
    if (!match) return;
    let end = text.length;
    while (end > match[0].length && /[\s|*]/.test(text[end - 1] as string)) end -= 1;
    if (end <= match[0].length) return;
    found.push({
      line: index,
      label: collapseWhitespace(match[1] ?? ''),
      value: withWrappedLines(doc, index, sliceMapped(line.text, match[0].length, end)),
      valueStart: match[0].length,
    });
  });
  return found;
}
