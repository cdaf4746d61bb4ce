import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/export/render-docx';
import { composeLetter } from '../../../shared/letter/compose-letter';
import type { Consultation, ResponseDraft } from '../../../shared/model';
import { dccConsultation, SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { removeTempFolders, tempFolder, zipEntries } from './export-support';
import { pageTexts, skipWithoutLibreOffice, toPdf } from './libreoffice-support';

afterAll(removeTempFolders);

/** Answers whose lists a reader checks: two numbered lists that each start at 1, one that starts at 3, bullets between. */
const RATIONALES = [
  '1. Alpha first point\n2. Alpha second point',
  '- Bravo bullet one\n- Bravo bullet two',
  '1. Charlie first point\n2. Charlie second point',
  '3. Delta third point\n4. Delta fourth point',
  '- Echo bullet one\n- Echo bullet two',
];

function listDraft(rationales: readonly string[]): ResponseDraft {
  const consultation: Consultation = {
    ...dccConsultation,
    questions: rationales.map((_, i) => ({ id: `q${i + 1}`, label: `Q${i + 1}`, text: `Question ${i + 1}?`, section: '', kind: 'agree' as const })),
  };
  return sampleDraft({
    consultation,
    answers: Object.fromEntries(rationales.map((rationale, i) => [`q${i + 1}`, { position: 'agree' as const, rationale, confidential: false }])),
  });
}

async function letterBytes(draft: ResponseDraft): Promise<Uint8Array> {
  return renderDocx(composeLetter(draft, { version: 'full', date: SAMPLE_NOW }));
}

async function numberingEntries(bytes: Uint8Array): Promise<number> {
  const xml = new TextDecoder().decode((await zipEntries(bytes)).get('word/numbering.xml'));
  return xml.match(/<w:num /g)?.length ?? 0;
}

describe('lists in the exported letter', () => {
  it('keeps one numbering entry for all bullet lists, however many answers have one', async () => {
    // Each entry is ~0.7 KB of numbering.xml that Word and the export must read and write.
    const few = await numberingEntries(await letterBytes(listDraft(['- one\n- two'])));
    const many = await numberingEntries(await letterBytes(listDraft(Array.from({ length: 40 }, (_, i) => `- point ${i}\n- another`))));
    expect(many).toBe(few);
  });

  it('gives each numbered list an entry of its own', async () => {
    const one = await numberingEntries(await letterBytes(listDraft(['1. one\n2. two'])));
    const three = await numberingEntries(await letterBytes(listDraft(['1. one\n2. two', '1. one\n2. two', '1. one\n2. two'])));
    expect(three).toBe(one + 2);
  });
});

describe.skipIf(skipWithoutLibreOffice)('lists as LibreOffice prints them', { timeout: 300_000 }, () => {
  let text = '';
  beforeAll(async () => {
    const folder = await tempFolder('lists-');
    const path = join(folder, 'lists.docx');
    await writeFile(path, await letterBytes(listDraft(RATIONALES)));
    const [pdf] = await toPdf([path]);
    text = (await pageTexts(pdf!)).join(' ');
  }, 300_000);

  it('starts each numbered list at its own first number, not where the last list ended', () => {
    // A page's footer and the next page's header may fall between two items of a list.
    expect(text).toMatch(/1\.\s+Alpha first point\s.{0,80}?2\.\s+Alpha second point/);
    expect(text).toMatch(/1\.\s+Charlie first point\s.{0,80}?2\.\s+Charlie second point/);
    expect(text).toMatch(/3\.\s+Delta third point\s.{0,80}?4\.\s+Delta fourth point/);
  });

  it('prints bullets as bullets, with no numbers', () => {
    expect(text).toMatch(/•\s+Bravo bullet one\s.{0,80}?•\s+Bravo bullet two/);
    expect(text).toMatch(/•\s+Echo bullet one\s.{0,80}?•\s+Echo bullet two/);
  });
});
