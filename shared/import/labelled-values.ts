import type { DocumentStructure } from './document-structure';
import { type MappedText, collapseWhitespace, sliceMapped } from './mapped-text';

/** "Respond by: 1600 on 28 October 2020": a label at the start of a line and the value after it. */
export interface LabelledValue {
  line: number;
  label: string;
  value: MappedText;
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
    found.push({ line: index, label: collapseWhitespace(match[1] ?? ''), value: sliceMapped(line.text, match[0].length, end) });
  });
  return found;
}
