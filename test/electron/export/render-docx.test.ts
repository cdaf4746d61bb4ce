import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/export/render-docx';
import { composeLetter } from '../../../shared/letter/compose-letter';
import { confidentialityStatement } from '../../../shared/letter/confidentiality';
import { REDACTED_TEXT } from '../../../shared/letter/letter';
import type { ResponseDraft } from '../../../shared/model';
import { SAMPLE_NOW } from '../../support/sample-draft';
import { confidentialDraft, SECRET_WORDS } from '../../shared/letter/letter-fixtures';
import { xmlProblem, zipEntries } from './export-support';

async function docx(draft: ResponseDraft, version: 'full' | 'publication') {
  const bytes = await renderDocx(composeLetter(draft, { version, date: SAMPLE_NOW }));
  const buffer = Buffer.from(bytes);
  const [raw, html, entries] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml({ buffer }),
    zipEntries(bytes),
  ]);
  const text = (name: string) => new TextDecoder().decode(entries.get(name) ?? new Uint8Array());
  return { bytes, raw: raw.value, html: html.value, entries, text };
}

describe('the exported letter (.docx)', async () => {
  const draft = confidentialDraft();
  const full = await docx(draft, 'full');

  it('holds every question label and text, every answer, the confidentiality statement and the signatory', () => {
    for (const question of draft.consultation.questions) {
      expect(full.raw).toContain(question.label);
      expect(full.raw).toContain(question.text);
    }
    expect(full.raw).toContain('We agree with the proposed date of 3 November 2020.');
    expect(full.raw).toContain('PPMID key insertion completes by the end of October;');
    expect(full.raw).toContain('Our Project Kestrel migration moves forty thousand meters in November.');
    expect(full.raw).toContain('Position: Agree');
    expect(full.raw).toContain('Position: Partly agree');
    for (const paragraph of confidentialityStatement(draft, 'full')) expect(full.raw).toContain(paragraph);
    expect(full.raw).toMatch(/Jordan Lee\s+Head of Regulation\s+Acme Energy Ltd\s+26 October 2020/);
  });

  it('is a well-formed package: every XML part parses', () => {
    const xmlParts = [...full.entries.keys()].filter((name) => /\.(xml|rels)$/.test(name));
    expect(xmlParts).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml', '_rels/.rels']));
    for (const name of xmlParts) expect({ name, problem: xmlProblem(full.text(name)) }).toEqual({ name, problem: null });
  });

  it('uses real Word styles and lists', () => {
    const document = full.text('word/document.xml');
    for (const style of ['Title', 'Heading1', 'Heading2']) expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(full.text('word/numbering.xml')).toContain('w:val="bullet"');
    expect(full.text('word/numbering.xml')).toContain('w:val="decimal"');
    expect(full.html).toContain('<ul><li>PPMID key insertion completes by the end of October;</li>');
    expect(full.html).toContain('<ol><li>First, we have tested the changes.</li>');
    expect(full.html).toContain('<strong>3 November 2020</strong>');
    expect(full.html).toContain('<em>change freeze</em>');
  });

  it('numbers its pages "Page X of Y" in the footer', () => {
    const footer = [...full.entries.keys()].find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    const xml = full.text(footer);
    expect(xml).toMatch(/Page <\/w:t>.*PAGE.*of <\/w:t>.*NUMPAGES/s);
  });

  it('marks every page CONFIDENTIAL and flags the confidential answer in the full version', () => {
    const header = [...full.entries.keys()].find((name) => /^word\/header\d*\.xml$/.test(name))!;
    expect(full.text(header)).toContain('CONFIDENTIAL');
    expect(full.raw).toMatch(/Dates Q2\s+Confidential/);
  });

  it('carries the signature picture, fitted to 180 × 60 px', () => {
    expect([...full.entries.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);
    // 360×120 fitted into 180×70 is 180×60 px; 9525 EMU to the pixel.
    expect(full.text('word/document.xml')).toContain(`<wp:extent cx="${180 * 9525}" cy="${60 * 9525}"/>`);
  });

  it('titles the document after the consultation and credits the organisation', () => {
    const core = full.text('docProps/core.xml');
    expect(core).toContain('<dc:title>Response to: Further consultation on the date for re-designation');
    expect(core).toContain('<dc:creator>Acme Energy Ltd</dc:creator>');
  });

  describe('the publication version', async () => {
    const publication = await docx(draft, 'publication');

    it('contains none of the confidential answer’s text in any part of the file', () => {
      for (const [name, bytes] of publication.entries) {
        const asText = Buffer.from(bytes).toString('latin1') + new TextDecoder().decode(bytes);
        for (const secret of SECRET_WORDS) expect({ name, found: asText.includes(secret) }).toEqual({ name, found: false });
      }
      for (const secret of SECRET_WORDS) expect(full.raw).toContain(secret);
    });

    it('shows the redaction, keeps the other answers and has no CONFIDENTIAL header or signature picture', () => {
      expect(publication.raw).toMatch(/Dates Q2\s+Do you agree with the draft direction text at Attachment 1\?\s+\[Confidential: redacted\]/);
      expect(publication.raw).toContain(REDACTED_TEXT);
      expect(publication.raw).not.toContain('Partly agree');
      expect(publication.raw).toContain('We agree with the proposed date of 3 November 2020.');
      expect([...publication.entries.keys()].some((name) => /header\d*\.xml$/.test(name) && publication.text(name).includes('CONFIDENTIAL'))).toBe(false);
      expect([...publication.entries.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
    });

    it('is well-formed too', () => {
      for (const name of [...publication.entries.keys()].filter((n) => /\.(xml|rels)$/.test(n))) {
        expect(xmlProblem(publication.text(name))).toBeNull();
      }
    });
  });
});
