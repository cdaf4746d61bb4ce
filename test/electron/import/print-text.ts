import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { flatOdt } from '../../support/flat-odt';

const run = promisify(execFile);

/** Prints each text to a PDF with LibreOffice (one soffice run for all) and returns the PDFs' bytes in order. */
export async function printTextsAsPdf(texts: readonly string[]): Promise<Uint8Array[]> {
  const folder = await mkdtemp(join(tmpdir(), 'print-text-'));
  try {
    const sources = await Promise.all(
      texts.map(async (text, index) => {
        const source = join(folder, `text-${index}.fodt`);
        await writeFile(source, flatOdt(text));
        return source;
      }),
    );
    await run('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...sources], {
      timeout: 300_000,
    });
    return Promise.all(texts.map(async (_text, index) => new Uint8Array(await readFile(join(folder, `text-${index}.pdf`)))));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
