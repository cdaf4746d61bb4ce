/**
 * Turns the HTML mammoth makes from a .docx into the light Markdown the
 * consultation parser reads: "#" headings, "**" for bold, "- " and "1. " list
 * items, "| a | b |" table rows, and a blank line between paragraphs. Headings
 * and bold lines are what let the parser find sections, the title and labels.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Keeps document text from being read as markup by the parser. */
function escapeText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\*/g, '\\*')
    .replace(/<(?=[A-Za-z/!])/g, '\\<')
    .replace(/&(?=[A-Za-z#]{2,8};)/g, '\\&');
}

/** A line that would start with Markdown block syntax gets it escaped. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#|>])/, '$1\\$2');
}

interface ListState {
  ordered: boolean;
  counter: number;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  const lists: ListState[] = [];
  let block: string | null = null;
  let prefix = '';
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;

  const write = (text: string): void => {
    if (cell !== null) cell += text;
    else if (block !== null) block += text;
    else if (text.trim() !== '') block = text;
  };
  const flush = (after: string): void => {
    if (block !== null && block.replace(/\*\*/g, '').trim() !== '') {
      const lines = block.split('\n').map((line) => line.trim());
      out.push(prefix + lines.map((line, index) => (index === 0 && prefix !== '' ? line : escapeLineStart(line))).join('\n') + after);
    }
    block = null;
    prefix = '';
  };

  const tokens = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
  for (const token of html.matchAll(tokens)) {
    const [, closing, rawName, , text] = token;
    if (text !== undefined) {
      write(escapeText(decodeEntities(text)));
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    const open = closing !== '/';
    if (name === 'table') {
      if (open && tableDepth === 0) flush('\n\n');
      tableDepth += open ? 1 : -1;
      if (!open && tableDepth === 0) out.push('\n');
      continue;
    }
    if (tableDepth > 0) {
      // Nested tables and paragraphs inside a cell all become text of the outermost cell.
      if (tableDepth > 1 && name !== 'br') {
        if (!open && (name === 'td' || name === 'th' || name === 'p')) write(' ');
        continue;
      }
      if (name === 'tr') {
        if (open) row = [];
        else if (row) {
          if (row.some((value) => value !== '')) out.push(`| ${row.join(' | ')} |\n`);
          row = null;
        }
      } else if (name === 'td' || name === 'th') {
        if (open) cell = '';
        else {
          row?.push((cell ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim());
          cell = null;
        }
      } else if (name === 'p' || name === 'br' || name === 'li') {
        if (!open || name === 'br') write(' ');
      } else if (name === 'strong' || name === 'b') write('**');
      continue;
    }
    if (/^h[1-6]$/.test(name)) {
      flush('\n\n');
      if (open) {
        block = '';
        prefix = `${'#'.repeat(Number(name[1]))} `;
      }
      continue;
    }
    if (name === 'p') {
      if (open && lists.length === 0) flush('\n\n');
      else if (!open && lists.length === 0) flush('\n\n');
      else if (open && block !== null && block.trim() !== '') write(' ');
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      flush('\n');
      if (open) lists.push({ ordered: name === 'ol', counter: 0 });
      else {
        lists.pop();
        if (lists.length === 0) out.push('\n');
      }
      continue;
    }
    if (name === 'li') {
      flush('\n');
      const list = lists[lists.length - 1];
      if (open && list) {
        list.counter += 1;
        block = '';
        prefix = `${'  '.repeat(lists.length - 1)}${list.ordered ? `${list.counter}.` : '-'} `;
      }
      continue;
    }
    if (name === 'br') write('\n');
    else if (name === 'strong' || name === 'b') write('**');
  }
  flush('\n\n');
  return out
    .join('')
    .replace(/\*\*([ \t]*)\*\*/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
