import mammoth from 'mammoth';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/export/render-docx';
import { composeLetter } from '../../../shared/letter/compose-letter';
import { confidentialityStatement } from '../../../shared/letter/confidentiality';
import { REDACTED_TEXT } from '../../../shared/letter/letter';
import type { ResponseDraft } from '../../../shared/model';
import { SAMPLE_NOW } from '../../support/sample-draft';
import { confidentialDraft, MARKED_SENTENCE, MARKED_WORDS, markedDraft, PUBLIC_AROUND_MARKS, SECRET_WORDS, signedOff } from '../../shared/letter/letter-fixtures';
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

type Docx = Awaited<ReturnType<typeof docx>>;

// Rendered in beforeEach, not in the describe body: Stryker switches a mutant on only when the tests start.
describe('the exported letter (.docx)', () => {
  let draft: ResponseDraft;
  let full: Docx;
  beforeEach(async () => {
    draft = confidentialDraft();
    full = await docx(draft, 'full');
  });

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

  it('once signed off, carries the signature picture, fitted to 180 × 60 px, and no DRAFT mark', async () => {
    const signed = await docx(signedOff(draft), 'full');
    expect([...signed.entries.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);
    // 360×120 fitted into 180×70 is 180×60 px; 9525 EMU to the pixel.
    expect(signed.text('word/document.xml')).toContain(`<wp:extent cx="${180 * 9525}" cy="${60 * 9525}"/>`);
    const headers = [...signed.entries.keys()].filter((name) => /^word\/header\d*\.xml$/.test(name)).map(signed.text);
    expect(headers.join('')).not.toContain('DRAFT');
  });

  it('before sign-off has no signature picture, and a DRAFT watermark and header on every page', () => {
    expect([...full.entries.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
    const document = full.text('word/document.xml');
    // One section with one default header, and no different first page: the header is on every page.
    expect(document.match(/<w:sectPr/g)).toHaveLength(1);
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    expect(document).not.toContain('<w:titlePg');
    const header = [...full.entries.keys()].find((name) => /^word\/header\d*\.xml$/.test(name))!;
    expect(full.text(header)).toMatch(/<v:textpath [^>]*string="DRAFT"/);
    expect(full.text(header)).toContain('DRAFT — not signed off');
  });

  it('keeps a lead-in line with its list, a question with its answer and the signature block together, with widow control throughout', () => {
    const paragraphs = full.text('word/document.xml').split('<w:p>').slice(1);
    // The last paragraph holding the text: the signature block comes last.
    const containing = (text: string) => paragraphs.findLast((p) => p.includes(`>${text}</w:t>`)) ?? '';
    expect(containing('Our reasons:')).toContain('<w:keepNext/>');
    for (const text of ['Position: ', 'Yours faithfully,', 'Jordan Lee', 'Head of Regulation', 'Acme Energy Ltd']) {
      expect({ text, keepNext: containing(text).includes('<w:keepNext/>') }).toEqual({ text, keepNext: true });
    }
    // The last line of the signature block has nothing to keep with.
    expect(containing('26 October 2020')).not.toContain('<w:keepNext/>');
    expect(paragraphs.every((p) => p.includes('<w:widowControl/>'))).toBe(true);
    expect(full.text('word/styles.xml')).toMatch(/w:styleId="Heading2".*?<w:keepNext\/>/s);
    expect(full.text('word/styles.xml')).toMatch(/w:styleId="QuestionText".*?<w:keepNext\/>/s);
  });

  it('titles the document after the consultation and credits the organisation', () => {
    const core = full.text('docProps/core.xml');
    expect(core).toContain('<dc:title>Response to: Further consultation on the date for re-designation');
    expect(core).toContain('<dc:creator>Acme Energy Ltd</dc:creator>');
  });

  describe('the publication version', () => {
    let publication: Docx;
    beforeEach(async () => {
      publication = await docx(draft, 'publication');
    });

    it('contains none of the confidential answer’s text in any part of the file', () => {
      for (const [name, bytes] of publication.entries) {
        const asText = Buffer.from(bytes).toString('latin1') + new TextDecoder().decode(bytes);
        for (const secret of SECRET_WORDS) expect({ name, found: asText.includes(secret) }).toEqual({ name, found: false });
      }
      for (const secret of SECRET_WORDS) expect(full.raw).toContain(secret);
    });

    it('says "Publication version — confidential parts removed" in the header of every page', () => {
      const header = [...publication.entries.keys()].find((name) => /^word\/header\d*\.xml$/.test(name))!;
      expect(publication.text(header)).toContain('Publication version — confidential parts removed');
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

  describe('a passage marked confidential', () => {
    let marked: Docx;
    let published: Docx;
    beforeEach(async () => {
      [marked, published] = await Promise.all([docx(markedDraft(), 'full'), docx(markedDraft(), 'publication')]);
    });

    it('is shaded and labelled in the full letter', () => {
      const document = marked.text('word/document.xml');
      const run = (text: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:shd [^>]*w:fill="FBE3E6"(?:(?!</w:r>).)*?<w:t[^>]*>${text}</w:t>`, 's');
      expect(document).toMatch(run('\\[Confidential 1: '));
      expect(document).toMatch(run(MARKED_SENTENCE.replace('.', '\\.')));
      expect(marked.raw).toContain(`[Confidential 1: ${MARKED_SENTENCE}]`);
    });

    it('is replaced by "[Confidential: redacted]" in the publication version, with no trace in any part of the file', () => {
      expect(published.raw).toContain(`We agree with the proposed date of 3 November 2020. [Confidential: redacted] This is why we support the date.`);
      for (const words of PUBLIC_AROUND_MARKS) expect(published.raw).toContain(words);
      for (const [name, bytes] of published.entries) {
        const asText = Buffer.from(bytes).toString('latin1') + new TextDecoder().decode(bytes);
        for (const words of [...MARKED_WORDS, 'k3x9', 'field partner']) expect({ name, words, found: asText.includes(words) }).toEqual({ name, words, found: false });
      }
    });
  });
});
