import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { RichBlock, Run } from '../shared/markdown/rich-text';
import { REDACTED_TEXT, type Letter, type LetterBlock } from '../shared/letter/letter';

const run = promisify(execFile);

/** The installed pandoc's version line, or null when there is none. */
export function pandocVersion(): string | null {
  try {
    return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? null;
  } catch {
    return null;
  }
}

/** Converts a Markdown file to a .docx file with pandoc, as the reference we compare our renderer with. */
export async function pandocToDocx(markdownPath: string, docxPath: string): Promise<void> {
  await run('pandoc', ['--from', 'markdown', '--to', 'docx', '--output', docxPath, markdownPath]);
}

/** Starting pandoc and doing nothing: the part of its time that is process start-up. */
export async function pandocStartup(): Promise<void> {
  await run('pandoc', ['--version']);
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]#<>])/g, '\\$1');
}

function runs(items: readonly Run[]): string {
  return items
    .map((r) => {
      const text = escape(r.text).replace(/\n/g, '\\\n');
      if (r.bold && r.italic) return `***${text}***`;
      if (r.bold) return `**${text}**`;
      return r.italic ? `*${text}*` : text;
    })
    .join('');
}

function rich(blocks: readonly RichBlock[], indent = ''): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') return [`${indent}${runs(block.runs)}`];
    return [
      block.items
        .map((item, i) => {
          const marker = block.type === 'bullet-list' ? '- ' : `${block.start + i}. `;
          const [first, ...rest] = rich(item.blocks, `${indent}${' '.repeat(marker.length)}`);
          return [`${indent}${marker}${(first ?? '').trimStart()}`, ...rest].join('\n\n');
        })
        .join('\n'),
    ];
  });
}

function block(b: LetterBlock): string[] {
  switch (b.kind) {
    case 'letterhead':
      return [[`**${escape(b.organisation)}**`, ...b.addressLines.map(escape)].join('\\\n')];
    case 'date':
      return [escape(b.text)];
    case 'addressee':
      return b.lines.length > 0 ? [b.lines.map(escape).join('\\\n')] : [];
    case 'salutation':
    case 'contact':
      return [escape(b.text)];
    case 'title':
      return [`# ${escape(b.text)}`, ...b.details.map((d) => escape(`${d.label}: ${d.value}`))];
    case 'introduction':
      return rich(b.content);
    case 'confidentiality':
      return [`## ${escape(b.heading)}`, ...b.paragraphs.map(escape)];
    case 'heading':
      return [`## ${escape(b.text)}`];
    case 'question': {
      const head = [`### ${escape(b.label)}`, escape(b.text)];
      if (b.answer.status === 'redacted') return [...head, `*${escape(REDACTED_TEXT)}*`];
      return [...head, ...(b.answer.position ? [`**Position:** ${escape(b.answer.position)}`] : []), ...rich(b.answer.rationale)];
    }
    case 'signature': {
      const lines = [b.name ? `**${escape(b.name)}**` : '', ...[b.jobTitle, b.organisation, b.date].map(escape)];
      return [escape(b.closing), lines.filter((l) => l !== '').join('\\\n')];
    }
  }
}

/** The letter's content as pandoc Markdown: the same words, headings, lists and emphasis our .docx has. */
export function letterToMarkdown(letter: Letter): string {
  return `${letter.blocks.flatMap(block).join('\n\n')}\n`;
}
