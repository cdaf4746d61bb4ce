/**
 * Turns the HTML mammoth makes from a .docx into the light Markdown the
 * consultation parser reads: "#" headings, "**" for bold, "- " and "1. " list
 * items, "| a | b |" table rows (one cell per column, so a "Question | Comment"
 * row stays two cells), and a blank line between paragraphs. The HTML is parsed
 * by hast-util-from-html and each block's text laid out by hast-util-to-text
 * (the browser's innerText rules: white space collapsed, <br> as a line break).
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Root, RootContent } from 'hast';

// Stand-ins for "**" while the text is escaped; a document cannot contain them.
const BOLD_MARK = '\u0001';
const BOLD_TAGS = new Set(['strong', 'b']);
const LIST_TAGS = new Set(['ul', 'ol']);
const HEADING = /^h([1-6])$/;

/** Keeps document text from being read as markup by the parser. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\*/g, '\\*')
    .replace(/<(?=[A-Za-z/!])/g, '\\<')
    .replace(/&(?=[A-Za-z#]{2,8};)/g, '\\&');
}

/** A line that would start with Markdown block syntax gets it escaped. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#|>])/, '$1\\$2');
}

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/** A copy of the element with bold runs marked and (for a list item) its nested lists left out. */
function marked(element: Element, dropLists: boolean): Element {
  const children = element.children.flatMap((child): ElementContent[] => {
    if (!isElement(child)) return [child];
    if (dropLists && LIST_TAGS.has(child.tagName)) return [];
    const copy = marked(child, false);
    if (!BOLD_TAGS.has(child.tagName)) return [copy];
    return [{ type: 'text', value: BOLD_MARK }, copy, { type: 'text', value: BOLD_MARK }];
  });
  return { ...element, children };
}

/** The element's text as lines of Markdown: escaped, with "**" around bold runs. */
function inlineText(element: Element, dropLists = false): string {
  const text = toText(marked(element, dropLists));
  return escapeText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && index < lines.length - 1))
    .map(escapeLineStart)
    .join('\n')
    .replaceAll(BOLD_MARK, '**')
    .replace(/\*\*([ \t]*)\*\*/g, '$1');
}

/** One cell's text on one line; a bar inside it is escaped so the row keeps its columns. */
function cellText(cell: Element): string {
  return escapeText(toText(cell)).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function rowsOf(table: Element): Element[] {
  return table.children.filter(isElement).flatMap((child) => {
    if (child.tagName === 'tr') return [child];
    if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) return child.children.filter(isElement).filter((row) => row.tagName === 'tr');
    return [];
  });
}

function tableLines(table: Element): string[] {
  return rowsOf(table).flatMap((row) => {
    const cells = row.children.filter(isElement).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th').map(cellText);
    return cells.some((cell) => cell !== '') ? [`| ${cells.join(' | ')} |`] : [];
  });
}

function listLines(list: Element, depth: number): string[] {
  let counter = 0;
  return list.children.filter(isElement).flatMap((item) => {
    if (item.tagName !== 'li') return [];
    counter += 1;
    const marker = `${'  '.repeat(depth)}${list.tagName === 'ol' ? `${counter}.` : '-'} `;
    const text = inlineText(item, true).replace(/\n/g, ' ');
    const nested = item.children.filter(isElement).filter((child) => LIST_TAGS.has(child.tagName));
    return [...(text === '' ? [] : [marker + text]), ...nested.flatMap((child) => listLines(child, depth + 1))];
  });
}

/** The document as Markdown blocks, each a group of lines. */
function blocksOf(parent: Root | Element): string[][] {
  const blocks: string[][] = [];
  let loose: Element = { type: 'element', tagName: 'p', properties: {}, children: [] };
  const flushLoose = (): void => {
    const text = inlineText(loose);
    if (text.replace(/\*\*/g, '').trim() !== '') blocks.push([text]);
    loose = { type: 'element', tagName: 'p', properties: {}, children: [] };
  };
  for (const child of parent.children) {
    if (child.type === 'text' || (isElement(child) && !isBlock(child))) {
      if (child.type === 'text' || isElement(child)) loose.children.push(child as ElementContent);
      continue;
    }
    if (!isElement(child)) continue;
    flushLoose();
    const heading = HEADING.exec(child.tagName);
    if (heading) {
      const text = inlineText(child).replace(/\n/g, ' ');
      if (text !== '') blocks.push([`${'#'.repeat(Number(heading[1]))} ${text.replace(/^\\(?=[#|>])/, '')}`]);
    } else if (child.tagName === 'p') {
      const text = inlineText(child);
      if (text.replace(/\*\*/g, '').trim() !== '') blocks.push([text]);
    } else if (LIST_TAGS.has(child.tagName)) {
      const lines = listLines(child, 0);
      if (lines.length > 0) blocks.push(lines);
    } else if (child.tagName === 'table') {
      const lines = tableLines(child);
      if (lines.length > 0) blocks.push(lines);
    } else blocks.push(...blocksOf(child));
  }
  flushLoose();
  return blocks;
}

const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'table', 'div', 'section', 'article', 'blockquote', 'body', 'html', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

export function htmlToText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  return blocksOf(tree)
    .map((lines) => lines.join('\n'))
    .join('\n\n')
    .trim();
}
