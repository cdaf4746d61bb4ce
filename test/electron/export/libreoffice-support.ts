import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tempFolder } from './export-support';

const run = promisify(execFile);

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

export const soffice = onPath('soffice');
/** On a developer machine without LibreOffice these tests are skipped; in CI a missing soffice is a failure, never a skip. */
export const skipWithoutLibreOffice = !soffice && !process.env.CI;

/** Opens the documents (.docx, .fodt) in LibreOffice, as a reader would, and saves each as PDF; returns the PDFs' paths in order. */
export async function toPdf(docxPaths: readonly string[]): Promise<string[]> {
  if (!soffice) throw new Error('soffice is not on PATH, and CI needs it to check the letter as LibreOffice lays it out');
  const out = await tempFolder('lo-pdf-');
  const profile = `file://${await tempFolder('lo-profile-')}`;
  await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...docxPaths], {
    timeout: 300_000,
  });
  return docxPaths.map((path) => join(out, basename(path).replace(/\.[^.]+$/, '.pdf')));
}

export async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
}

/** The text of each page, whitespace collapsed, as pdftotext reads it. */
export async function pageTexts(pdf: string): Promise<string[]> {
  const pages = await pageCount(pdf);
  const texts: string[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
    texts.push(stdout.replace(/\s+/g, ' '));
  }
  return texts;
}

/** How many pictures each page holds (pdfimages -list), page by page. */
export async function imagesPerPage(pdf: string): Promise<number[]> {
  const counts = new Array<number>(await pageCount(pdf)).fill(0);
  const { stdout } = await run('pdfimages', ['-list', pdf], { encoding: 'utf8' });
  for (const line of stdout.split('\n').slice(2)) {
    const page = Number(line.trim().split(/\s+/)[0]);
    if (page > 0) counts[page - 1]! += 1;
  }
  return counts;
}

/**
 * Renders every page to PNG under test-results/letter/ (to look at) and
 * returns each page as greyscale pixels (to measure).
 */
export async function renderPages(pdf: string, name: string): Promise<Array<{ width: number; height: number; pixels: Uint8Array }>> {
  const folder = resolve('test-results/letter');
  await mkdir(folder, { recursive: true });
  const scratch = await tempFolder('lo-png-');
  await run('pdftoppm', ['-png', '-r', '60', pdf, join(scratch, name)]);
  await run('pdftoppm', ['-gray', '-r', '30', pdf, join(scratch, `${name}-grey`)]);
  const files = (await readdir(scratch)).sort();
  for (const png of files.filter((f) => f.endsWith('.png'))) await copyFile(join(scratch, png), join(folder, png));
  const pages = [];
  for (const pgm of files.filter((f) => f.endsWith('.pgm'))) pages.push(parsePgm(await readFile(join(scratch, pgm))));
  return pages;
}

/** A binary greyscale PGM ("P5 width height 255", then one byte a pixel). */
function parsePgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [whole, width, height] = header as unknown as [string, string, string];
  return { width: Number(width), height: Number(height), pixels: new Uint8Array(bytes.subarray(whole.length)) };
}

/** Pixels in the light grey of a watermark: neither paper white nor text black. */
export function lightGreyPixels(page: { pixels: Uint8Array }): number {
  let count = 0;
  for (const value of page.pixels) if (value >= 190 && value <= 240) count += 1;
  return count;
}
