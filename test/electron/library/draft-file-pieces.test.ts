import { describe, expect, it } from 'vitest';
import { fileContent, markedDraftFile } from '../../../electron/services/draft-file';
import { createHash } from 'node:crypto';
import { jsonPieces, jsonPiecesInLayouts } from '../../../electron/services/json-pieces';
import { contentHash } from '../../../electron/services/sync/content-hash';
import { changeAnswer } from '../../../shared/draft-changes';
import { awkwardJson as awkward } from '../../support/awkward-json';
import { sampleDraft, SAMPLE_NOW } from '../../support/sample-draft';

/**
 * A shared draft's file is written from pieces, never as one large string. Other apps (older versions, a colleague's
 * copy) read it as JSON, and the kill tests compare it with JSON.stringify's text, so it must be that text exactly.
 */
const MARK = { contentHash: 'a'.repeat(64), stateVector: 'AQKK', state: 'AQKKAA==' };

describe('a draft file written in pieces', () => {
  it('is exactly the text JSON.stringify gives, with any indent and at every depth of splitting', () => {
    for (const indent of ['', '  ', '\t', '    ']) {
      for (const depth of [0, 1, 2, 3, 6]) {
        const pieces: string[] = [];
        jsonPieces(awkward, depth, (piece) => pieces.push(piece), indent);
        expect(pieces.join(''), `indent ${JSON.stringify(indent)}, depth ${depth}`).toBe(JSON.stringify(awkward, null, indent));
      }
    }
  });

  it('writes several layouts in one pass, each exactly as JSON.stringify gives it', () => {
    for (const depth of [0, 1, 2, 3, 6]) {
      const compact: string[] = [];
      const indented: string[] = [];
      const tabbed: string[] = [];
      jsonPiecesInLayouts(awkward, depth, [
        { indent: '', sink: (piece) => compact.push(piece) },
        { indent: '  ', sink: (piece) => indented.push(piece) },
        { indent: '\t', sink: (piece) => tabbed.push(piece) },
      ]);
      expect(compact.join(''), `depth ${depth}`).toBe(JSON.stringify(awkward));
      expect(indented.join(''), `depth ${depth}`).toBe(JSON.stringify(awkward, null, '  '));
      expect(tabbed.join(''), `depth ${depth}`).toBe(JSON.stringify(awkward, null, '\t'));
    }
  });

  it('takes the mark’s hash in the same pass: the hash of the content as JSON.stringify writes it, the mark last in the file', () => {
    const draft = sampleDraft({ exportFolder: '/home/priya/Exports' });
    const file = markedDraftFile(draft, (content) => ({ ...MARK, contentHash: contentHash(content) }));
    const content = fileContent(draft);
    expect(file.mark.contentHash).toBe(createHash('sha256').update(JSON.stringify(content)).digest('hex'));
    expect(Buffer.concat(file.bytes).toString('utf8')).toBe(`${JSON.stringify({ ...content, sharedState: file.mark }, null, 2)}\n`);
  });

  it('hands a draft over an answer at a time, never as one string of the whole draft', () => {
    const base = sampleDraft();
    const long = 'word '.repeat(20_000);
    const draft = changeAnswer(base, base.consultation.questions[0]!.id, { rationale: long }, SAMPLE_NOW);
    const pieces: string[] = [];
    jsonPieces(fileContent(draft), 3, (piece) => pieces.push(piece), '  ');
    // The longest piece is the long answer's own text; the whole draft is longer by far.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBe(JSON.stringify(long).length);
    expect(pieces.join('').length).toBeGreaterThan(JSON.stringify(long).length + 1000);
  });

  it('holds the bytes of the draft with its mark as the last field, as the app has always written it', () => {
    const draft = sampleDraft();
    const file = markedDraftFile(draft, () => MARK);
    const expected = `${JSON.stringify({ ...fileContent(draft), sharedState: MARK }, null, 2)}\n`;
    expect(Buffer.concat(file.bytes).toString('utf8')).toBe(expected);
    expect(file.text).toBe(expected);
  });

  it('keeps a long answer whole across the parts it is encoded in, characters outside the basic plane included', () => {
    // Long enough to be encoded in several parts; an emoji is two UTF-16 units, so a cut between them would show.
    const long = Array.from({ length: 6000 }, (_, i) => `word${i} 🙂 “quoted” —`).join(' ');
    const base = sampleDraft();
    const draft = changeAnswer(base, base.consultation.questions[0]!.id, { rationale: long }, SAMPLE_NOW);
    const file = markedDraftFile(draft, () => MARK);
    expect(file.bytes.length).toBeGreaterThan(1);
    const written = Buffer.concat(file.bytes);
    expect(written.equals(Buffer.from(`${JSON.stringify({ ...fileContent(draft), sharedState: MARK }, null, 2)}\n`))).toBe(true);
    expect((JSON.parse(written.toString('utf8')) as { answers: Record<string, { rationale: string }> }).answers[base.consultation.questions[0]!.id]!.rationale).toBe(long);
  });

  it('leaves out the fields only this machine decides, as the file always has', () => {
    const draft = sampleDraft({ exportFolder: '/home/priya/Exports', syncRevision: 'r1' });
    const json = JSON.parse(markedDraftFile(draft, () => MARK).text) as Record<string, unknown>;
    expect(json).not.toHaveProperty('exportFolder');
    expect(json).not.toHaveProperty('syncRevision');
    expect(Object.keys(json).at(-1)).toBe('sharedState');
  });
});
