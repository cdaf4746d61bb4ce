import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import { minimalPdf } from './minimal-pdf';

// The opening of HSE's real reply form (corpus/hse-asbestos-regulations-questionnaire.txt), as in the .docx test:
// the organisation's name and a form heading come first, so the text alone does not say the title.
const LINES = ['Health and Safety Executive', 'Reply form', 'Q1.1 Do you agree with the proposed definition of licensed work?'];
const REAL_TITLE = 'Proposals on Revised Control of Asbestos Regulations';

let folder = '';
const importer = createConsultationImporter({ newId: () => 'pdf-titled' });

async function writePdf(name: string, title: string | undefined): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, minimalPdf(LINES, title));
  return path;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-pdf-title-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("a PDF's own title (its document information Title)", () => {
  it('becomes the imported title, ahead of the organisation name printed first', async () => {
    const { consultation, findings } = await importer.readPath(await writePdf('asbestos-reply-form.pdf', REAL_TITLE));
    expect(consultation.title).toBe(REAL_TITLE);
    expect(findings.title.confidence).toBe('high');
    expect(consultation.questions.map(({ label }) => label)).toEqual(['Q1.1']);
  });

  it('is passed over when it names the file a PDF was printed from, not the consultation', async () => {
    const { consultation } = await importer.readPath(await writePdf('printed.pdf', 'Microsoft Word - asbestos reply form.docx'));
    expect(consultation.title).not.toContain('Microsoft Word');
    expect(consultation.title).not.toBe(REAL_TITLE);
  });

  it('leaves the title to the text when the PDF has none', async () => {
    const { consultation, findings } = await importer.readPath(await writePdf('untitled.pdf', undefined));
    expect(consultation.title).not.toBe(REAL_TITLE);
    expect(findings.title.confidence).not.toBe('high');
  });
});
