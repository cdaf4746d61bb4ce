/**
 * Prints plain text to PDF (or Word) with LibreOffice, as a consultation's publisher would: the text's lines become
 * paragraphs on A4 pages in 11 pt type, long lines wrap at the margin, and every page has its number in the footer.
 * The files are cached by the text's hash, so a rerun converts only what changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { flatOdt } from '../test/support/flat-odt';

export type PrintedFormat = 'pdf' | 'docx';

/** Bump when the page (test/support/flat-odt.ts) changes, so cached files made from the old one are not reused. */
const LAYOUT_VERSION = 'a4-11pt-page-number-footer-v3';
export const PRINT_CACHE = resolve('.score-import-cache');

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
