import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftExporter } from '../../../electron/services/export/draft-exporter';
import { DRAFT_HEADER, PUBLICATION_HEADER, REDACTED_TEXT } from '../../../shared/letter/letter';
import type { ExportedFile } from '../../../shared/ipc';
import type { ExportKind, ResponseDraft } from '../../../shared/model';
import { SAMPLE_NOW } from '../../support/sample-draft';
import { MARKED_SENTENCE, MARKED_WORDS, SECRET_WORDS, signedOff } from '../../shared/letter/letter-fixtures';
import { removeTempFolders, tempFolder, zipEntries } from './export-support';
import { answerOpening, firstConcern, leadIn, longDraft, MARKED_ANSWER, QUESTION_COUNT } from './long-letter';
import {
  imagesPerPage,
  lightGreyPixels,
  pageTexts,
  renderPages,
  skipWithoutLibreOffice,
  toPdf,
} from './libreoffice-support';

afterAll(removeTempFolders);

interface Printed {
  file: ExportedFile;
  pages: string[];
  images: number[];
  greys: number[];
}

async function exportAll(draft: ResponseDraft, kinds: ExportKind[]): Promise<ExportedFile[]> {
  const folder = await tempFolder('lo-export-');
  return createDraftExporter().exportDraft(draft, { folder, kinds, overwrite: false, now: SAMPLE_NOW });
}

/** The page on which a phrase is printed, 1-based; 0 when it is on none. */
function pageOf(pages: readonly string[], phrase: string): number {
  return pages.findIndex((text) => text.includes(phrase)) + 1;
}

describe.skipIf(skipWithoutLibreOffice)('the exported letters as LibreOffice prints them', { timeout: 600_000 }, () => {
  const printed = new Map<string, Printed>();
  let draftFiles: ExportedFile[] = [];

  beforeAll(async () => {
    draftFiles = await exportAll(longDraft(), ['email']);
    const signedFiles = await exportAll(signedOff(longDraft()), ['letter-full', 'letter-publication']);
    const letters = [
      ['draft-full', draftFiles.find((f) => f.kind === 'letter-full')!],
      ['draft-publication', draftFiles.find((f) => f.kind === 'letter-publication')!],
      ['signed-full', signedFiles.find((f) => f.kind === 'letter-full')!],
      ['signed-publication', signedFiles.find((f) => f.kind === 'letter-publication')!],
    ] as const;
    const pdfs = await toPdf(letters.map(([, file]) => file.path));
    for (const [i, [name, file]] of letters.entries()) {
      const pdf = pdfs[i]!;
      const pages = await pageTexts(pdf);
      const rendered = await renderPages(pdf, name);
      printed.set(name, { file, pages, images: await imagesPerPage(pdf), greys: rendered.map(lightGreyPixels) });
    }
  }, 600_000);

  const get = (name: string) => printed.get(name)!;

  it('runs over several pages, numbered "Page X of Y"', () => {
    for (const { pages } of printed.values()) {
      expect(pages.length).toBeGreaterThanOrEqual(3);
      pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    }
  });

  it('greets "Dear Sir or Madam," and closes "Yours faithfully," with the contact line for queries', () => {
    for (const { pages } of printed.values()) {
      const text = pages.join(' ');
      expect(text).toContain('Dear Sir or Madam,');
      expect(text).toContain('Yours faithfully,');
      expect(text).toContain('For queries about this response, please contact Priya Shah (Regulatory Analyst), priya.shah@acme-energy.example, 020 7946 0000.');
      expect(text).toContain('Your reference: date_con_consultation_issued');
      expect(pageOf(pages, 'Dear Sir or Madam,')).toBe(1);
    }
  });

  it('prints no signature before sign-off, and "DRAFT" with its watermark on every page', () => {
    for (const name of ['draft-full', 'draft-publication']) {
      const { pages, images, greys } = get(name);
      expect({ name, images: images.reduce((a, b) => a + b, 0) }).toEqual({ name, images: 0 });
      pages.forEach((text, i) => expect({ name, page: i + 1, draft: text.includes(DRAFT_HEADER) }).toEqual({ name, page: i + 1, draft: true }));
      // The watermark: each page of the draft has far more light grey than the same page once signed off.
      const signed = get(name.replace('draft', 'signed'));
      greys.forEach((grey, i) => expect({ name, page: i + 1, moreGrey: grey > (signed.greys[i] ?? 0) + 1000 }).toEqual({ name, page: i + 1, moreGrey: true }));
    }
  });

  it('prints the signature once signed off, in the full letter only, and no DRAFT anywhere', () => {
    expect(get('signed-full').images.reduce((a, b) => a + b, 0)).toBe(1);
    expect(get('signed-publication').images.reduce((a, b) => a + b, 0)).toBe(0);
    for (const name of ['signed-full', 'signed-publication']) expect(get(name).pages.join(' ')).not.toContain('DRAFT');
  });

  it('marks every page of the publication version, and no page of the full letter', () => {
    for (const name of ['draft-publication', 'signed-publication']) {
      get(name).pages.forEach((text, i) => expect({ name, page: i + 1, marked: text.includes(PUBLICATION_HEADER) }).toEqual({ name, page: i + 1, marked: true }));
    }
    for (const name of ['draft-full', 'signed-full']) expect(get(name).pages.join(' ')).not.toContain(PUBLICATION_HEADER);
  });

  it('keeps each lead-in line on the page of its list, and each question on the page of its answer', () => {
    for (const [name, { pages }] of printed) {
      for (let n = 1; n <= QUESTION_COUNT; n += 1) {
        if (n === 4) continue;
        const where = { name, n, leadIn: pageOf(pages, leadIn(n)), list: pageOf(pages, firstConcern(n)) };
        expect(where.leadIn).toBeGreaterThan(0);
        expect(where).toEqual({ ...where, list: where.leadIn });
        // The label and the question's words read on without a page break between them.
        const question = { name, n, question: pageOf(pages, `Dates Q${n} Do you agree with proposal ${n} `), answer: pageOf(pages, answerOpening(n)) };
        expect(question.question).toBeGreaterThan(0);
        expect(question).toEqual({ ...question, answer: question.question });
      }
    }
  });

  it('keeps the closing, the signature and the signatory’s lines together on one page', () => {
    for (const [name, { pages }] of printed) {
      const closing = pageOf(pages, 'Yours faithfully,');
      expect({ name, lines: ['Jordan Lee', 'Head of Regulation', '26 October 2020'].map((line) => pages.findLastIndex((t) => t.includes(line)) + 1) }).toEqual({
        name,
        lines: [closing, closing, closing],
      });
    }
  });

  it('removes the confidential answer from the publication version, keeping the rest', async () => {
    for (const name of ['draft-publication', 'signed-publication']) {
      const text = get(name).pages.join(' ');
      expect(text).toContain(REDACTED_TEXT);
      expect(text).toContain(leadIn(5));
      for (const secret of SECRET_WORDS) expect(text).not.toContain(secret);
      for (const [part, bytes] of await zipEntries(await readFile(get(name).file.path))) {
        const asText = Buffer.from(bytes).toString('latin1') + new TextDecoder().decode(bytes);
        for (const secret of SECRET_WORDS) expect({ part, found: asText.includes(secret) }).toEqual({ part, found: false });
      }
    }
    expect(get('draft-full').pages.join(' ')).toContain('Our Project Kestrel migration moves forty thousand meters in November.');
  });

  it('shows a marked sentence labelled in the full letter, and removes just that sentence from every part of the publication version', async () => {
    for (const name of ['draft-full', 'signed-full']) {
      expect(get(name).pages.join(' ')).toContain(`${answerOpening(MARKED_ANSWER)} [Confidential 1: ${MARKED_SENTENCE}] We have considered`);
      expect(get(name).pages.join(' ')).toContain('the passage marked “Confidential 1” is confidential, because it names our field partner');
    }
    for (const name of ['draft-publication', 'signed-publication']) {
      const text = get(name).pages.join(' ');
      expect(text).toContain(`${answerOpening(MARKED_ANSWER)} ${REDACTED_TEXT} We have considered`);
      expect(text).toContain(leadIn(MARKED_ANSWER));
      expect(text).not.toContain('field partner');
      for (const words of MARKED_WORDS) expect(text).not.toContain(words);
      for (const [part, bytes] of await zipEntries(await readFile(get(name).file.path))) {
        const asText = Buffer.from(bytes).toString('latin1') + new TextDecoder().decode(bytes);
        // The marker's own id ("m5") is checked in its markup: two letters alone turn up by chance in the random ids
        // the docx library gives a header's drawings.
        for (const words of [...MARKED_WORDS, '{{confidential', 'confidential:m5', '{{/confidential}}', 'field partner']) {
          expect({ part, words, found: asText.includes(words) }).toEqual({ part, words, found: false });
        }
      }
    }
  });

  it('says DRAFT in the subject and body of the email prepared before sign-off, which carries none of the confidential text', async () => {
    const eml = await readFile(draftFiles.find((f) => f.kind === 'email')!.path);
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toMatch(/^DRAFT – not signed off: /);
    expect(parsed.text).toMatch(/^DRAFT – NOT SIGNED OFF\./);
    for (const secret of [...SECRET_WORDS, ...MARKED_WORDS, 'Meterco']) {
      expect(eml.toString('latin1')).not.toContain(secret);
      expect(eml.toString('utf8')).not.toContain(secret);
      expect(parsed.text).not.toContain(secret);
      expect(parsed.subject).not.toContain(secret);
    }
    // The publication version attached to the email is the one checked above: nothing of the marked sentence in any part.
    const attached = parsed.attachments.find((a) => a.filename === draftFiles.find((f) => f.kind === 'letter-publication')!.fileName)!;
    for (const [part, bytes] of await zipEntries(new Uint8Array(attached.content))) {
      const asText = Buffer.from(bytes).toString('latin1') + new TextDecoder().decode(bytes);
      for (const words of MARKED_WORDS) expect({ part, found: asText.includes(words) }).toEqual({ part, found: false });
    }
  });
});
