/**
 * Prints plain text to PDF (or Word) with LibreOffice, as a consultation's publisher would: the text's lines become
 * paragraphs on A4 pages in 11 pt type, long lines wrap at the margin, and every page has its number in the footer.
 * The files are cached by the text's hash, so a rerun converts only what changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type PrintedFormat = 'pdf' | 'docx';

/** Bump when the page below changes, so cached files made from the old one are not reused. */
const LAYOUT_VERSION = 'a4-11pt-page-number-footer-v1';
export const PRINT_CACHE = resolve('.score-import-cache');

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-family="'Liberation Serif'" fo:font-size="11pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
`;
const XML_TAIL = '</office:text></office:body></office:document>\n';

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** One line as an ODF paragraph: runs of spaces and tabs kept (XML would collapse them), control characters blanked. */
function paragraph(line: string): string {
  // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters
  const clean = line.replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, ' ');
  const body = clean
    .split(/(\t| {2,}|^ )/)
    .map((part) => (part === '\t' ? '<text:tab/>' : /^ +$/.test(part) ? `<text:s text:c="${part.length}"/>` : escapeXml(part)))
    .join('');
  return `<text:p text:style-name="Standard">${body}</text:p>\n`;
}

/** The text as a flat OpenDocument file, one paragraph a line. */
export function flatOdt(text: string): string {
  return XML_HEAD + text.replace(/\r\n?/g, '\n').split('\n').map(paragraph).join('') + XML_TAIL;
}

function keyOf(text: string): string {
  return createHash('sha256').update(LAYOUT_VERSION).update('\0').update(text).digest('hex').slice(0, 32);
}

/**
 * The printed file for each text, in order, converting the ones not cached in one LibreOffice run (niced, so it
 * shares the machine). `soffice` must be on PATH.
 */
export function printWithLibreOffice(texts: readonly string[], format: PrintedFormat): string[] {
  const folder = join(PRINT_CACHE, format);
  mkdirSync(folder, { recursive: true });
  const paths = texts.map((text) => join(folder, `${keyOf(text)}.${format}`));
  const work = join(PRINT_CACHE, `work-${process.pid}`);
  const pending = new Map<string, string>();
  texts.forEach((text, index) => {
    const path = paths[index] as string;
    if (!existsSync(path)) pending.set(keyOf(text), text);
  });
  if (pending.size === 0) return paths;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'out'), { recursive: true });
  const sources = [...pending].map(([key, text]) => {
    const source = join(work, `${key}.fodt`);
    writeFileSync(source, flatOdt(text));
    return source;
  });
  process.stderr.write(`Printing ${sources.length} documents to ${format} with LibreOffice…\n`);
  execFileSync(
    'nice',
    ['soffice', `-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', format, '--outdir', join(work, 'out'), ...sources],
    { stdio: 'pipe', timeout: 1_800_000 },
  );
  for (const key of pending.keys()) {
    const made = join(work, 'out', `${key}.${format}`);
    if (!existsSync(made)) throw new Error(`LibreOffice did not print ${key}.fodt to ${format}.`);
    renameSync(made, join(folder, `${key}.${format}`));
  }
  rmSync(work, { recursive: true, force: true });
  return paths;
}
