import { describe, expect, it } from 'vitest';
import { ImportError, ParsedConsultationSchema } from '../../../shared/import/import-result';
import { parseConsultation } from '../../../shared/import/parse-consultation';
import { fixtureCases, isTextDocument, readFixtureText } from './fixture-cases';

/** mulberry32: a small seeded generator, so every run tries the same inputs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces that drive the parser down its less common paths.
const PIECES = [
  'Q1', 'Q12a', 'Dates Q1', 'Question 1.2', 'Question ', '1. ', '(2) ', '# ', '#### ', '**', '*', '__', '_', '\\', '\\_',
  '[', '](', ')', '<b>', '</b>', '<', '>', '&amp;', '&#', ';', '|', '| --- |', '\t', '\n', '\n\n', '\r\n', '\f', ' ',
  '.....', '...', ' 12', 'Respond by: ', 'Closing date: ', 'by 1600 on ', '5pm on Monday ', '11:59pm', 'midday', 'noon',
  '28 October 2020', '31 February 2021', '3 Feb 2025', '12/11/2021', '2020-10-28', 'Date: ', 'Classification: ', 'OFFICIAL',
  'DCC Public', 'consultations@smartdcc.co.uk', 'a@b', '@', 'mailto:', 'How to respond', 'Consultation questions', 'Contents',
  'Table of Contents', 'Do you agree', '?', ':', '–', '-', 'Freedom of Information', 'confidential', 'Page 1 of 2', '\u00a0',
  '\u00ad', '\ufeff', '\u0000', '\ud800', '😀', 'ß', 'Annex A: Consultation questions', 'Title: ', 'Filename: ', 'x'.repeat(300),
];

function randomText(random: () => number, length: number): string {
  const parts: string[] = [];
  for (let size = 0; size < length; ) {
    const piece = random() < 0.7 ? (PIECES[Math.floor(random() * PIECES.length)] as string) : String.fromCharCode(Math.floor(random() * 0x3000));
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

function expectParses(text: string): void {
  let result: unknown;
  try {
    result = parseConsultation(text, { id: 'fuzz', fileName: 'fuzz.txt' });
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return;
  }
  const checked = ParsedConsultationSchema.safeParse(result);
  if (!checked.success) throw new Error(`Invalid result for ${JSON.stringify(text.slice(0, 200))}: ${checked.error.message}`);
}

describe('parseConsultation on any input', () => {
  it('never fails on random text built from consultation pieces', () => {
    const random = seededRandom(20201028);
    for (let round = 0; round < 2500; round += 1) expectParses(randomText(random, Math.floor(random() * 1500)));
  });

  it('never fails on random bytes read as text', () => {
    const random = seededRandom(4);
    const decoder = new TextDecoder('utf-8');
    for (let round = 0; round < 1500; round += 1) {
      const bytes = new Uint8Array(Math.floor(random() * 3000));
      for (let index = 0; index < bytes.length; index += 1) bytes[index] = Math.floor(random() * 256);
      expectParses(decoder.decode(bytes));
    }
  });

  describe.each(fixtureCases().flatMap(({ expected }) => expected.documents.filter(isTextDocument)))('on %s', (document) => {
    const text = readFixtureText(document);

    it('never fails on the document cut off at any of 300 points', () => {
      const random = seededRandom(text.length);
      for (let round = 0; round < 300; round += 1) {
        const end = Math.floor(random() * text.length);
        const start = round % 3 === 0 ? Math.floor(random() * end) : 0;
        expectParses(text.slice(start, end));
      }
    });

    it('never fails on the document with pieces spliced in', () => {
      const random = seededRandom(text.length + 1);
      for (let round = 0; round < 100; round += 1) {
        const at = Math.floor(random() * text.length);
        expectParses(text.slice(0, at) + randomText(random, 40) + text.slice(at));
      }
    });
  });

  it('reads a very long document in reasonable time', () => {
    const seed = readFixtureText('date_con_consultation_issued.md');
    const long = Array.from({ length: 150 }, () => seed).join('\n\n');
    const started = Date.now();
    expectParses(long);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses an id the schema does not allow with an ImportError', () => {
    expect(() => parseConsultation('Q1 Do you agree?', { id: '' })).toThrow(ImportError);
  });
});
