import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsultationImporter } from '../../../electron/services/import/importer';

// The opening of HSE's real reply form (corpus/hse-asbestos-regulations-questionnaire.txt): the
// organisation's name and a form heading come first, so the text alone does not say the title.
const BODY = ['Health and Safety Executive', 'Reply form', 'Completing this questionnaire'];
const QUESTION = 'Do you agree with the proposed definition of work for which a licence will be required? If you disagree please explain why.';
const REAL_TITLE = 'Proposals on Revised Control of Asbestos Regulations';

function replyForm(titleProperty: string | undefined): Document {
  const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
  return new Document({
    ...(titleProperty === undefined ? {} : { title: titleProperty }),
    sections: [
      {
        children: [
          ...BODY.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: true })] })),
          new Table({ rows: [new TableRow({ children: [cell('Q1.1'), cell(QUESTION)] })] }),
        ],
      },
    ],
  });
}

let folder = '';
const importer = createConsultationImporter({ newId: () => 'titled' });

async function writeForm(name: string, titleProperty: string | undefined): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, await Packer.toBuffer(replyForm(titleProperty)));
  return path;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-docx-title-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("a Word document's own title property", () => {
  it('is written into the file as Word keeps it (docProps/core.xml dc:title)', async () => {
    const path = await writeForm('written.docx', REAL_TITLE);
    const zip = await JSZip.loadAsync(await readFile(path));
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain(`<dc:title>${REAL_TITLE}</dc:title>`);
  });

  it('becomes the imported title, ahead of the organisation name printed first', async () => {
    const { consultation, findings } = await importer.readPath(await writeForm('asbestos-reply-form.docx', REAL_TITLE));
    expect(consultation.title).toBe(REAL_TITLE);
    expect(findings.title.confidence).toBe('high');
    expect(consultation.questions.map(({ label, text }) => ({ label, text }))).toEqual([{ label: 'Q1.1', text: QUESTION }]);
  });

  it('is not used when a template left a placeholder there; the title then comes from the text', async () => {
    const withPlaceholder = await importer.readPath(await writeForm('placeholder.docx', 'LPG Response Collection Template'));
    const without = await importer.readPath(await writeForm('no-property.docx', undefined));
    expect(withPlaceholder.consultation.title).not.toBe('LPG Response Collection Template');
    expect(withPlaceholder.consultation.title).toBe(without.consultation.title);
  });
});
