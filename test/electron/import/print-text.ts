import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { flatOdt } from '../../support/flat-odt';
import { tempFolder } from '../export/export-support';
import { toPdf } from '../export/libreoffice-support';

/** Prints each text to a PDF with LibreOffice (one soffice run for all) and returns the PDFs' bytes in order. */
export async function printTextsAsPdf(texts: readonly string[]): Promise<Uint8Array[]> {
  const folder = await tempFolder('print-text-');
  const sources = await Promise.all(
    texts.map(async (text, index) => {
      const source = join(folder, `text-${index}.fodt`);
      await writeFile(source, flatOdt(text));
      return source;
    }),
  );
  const pdfs = await toPdf(sources);
  return Promise.all(pdfs.map(async (pdf) => new Uint8Array(await readFile(pdf))));
}
