import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyDraftChange, docFromUpdate, draftFromDoc } from '../../../shared/sync/draft-doc';
import { addComment, changeAnswer, resolveComment } from '../../../shared/draft-changes';
import { applyWorkflowAction } from '../../../shared/workflow';
import type { DraftFileContent, ResponseDraft } from '../../../shared/model';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { appendRecord, decodeRecords, encodeRecord } from '../../../electron/services/sync/update-log';

const later = (minutes: number) => new Date(SAMPLE_NOW.getTime() + minutes * 60_000);
let ids = 0;
const author = (name: string) => ({ name, newId: () => `d-${(ids += 1)}` });

function content(draft: ResponseDraft): DraftFileContent {
  const copy: Partial<ResponseDraft> = { ...draft };
  delete copy.exportFolder;
  return copy as DraftFileContent;
}

function withLocal(draft: DraftFileContent): ResponseDraft {
  return { ...draft, exportFolder: null };
}

/** Two writers starting from one saved state, each with its own copy of the document. */
function twoWriters(start: ResponseDraft): { a: Y.Doc; b: Y.Doc; base: DraftFileContent } {
  const origin = new Y.Doc();
  applyDraftChange(origin, null, content(start), author('origin'));
  const state = Y.encodeStateAsUpdate(origin);
  return { a: docFromUpdate(state), b: docFromUpdate(state), base: draftFromDoc(origin) };
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

describe('a draft as a Yjs document', () => {
  it('reads back exactly the draft written into it', () => {
    const draft = sampleDraft();
    const doc = new Y.Doc();
    applyDraftChange(doc, null, content(draft), author('me'));
    expect(draftFromDoc(doc)).toEqual(content(draft));
  });

  it('keeps both people’s words when they type in the same answer at the same time', () => {
    const start = changeAnswer(sampleDraft(), 'dates-q1', { rationale: 'We agree with the date.' }, SAMPLE_NOW);
    const { a, b, base } = twoWriters(start);
    applyDraftChange(a, base, content(changeAnswer(withLocal(base), 'dates-q1', { rationale: 'Priya: We agree with the date.' }, later(1))), author('Priya'));
    applyDraftChange(b, base, content(changeAnswer(withLocal(base), 'dates-q1', { rationale: 'We agree with the date. Sam: and the notice period.' }, later(1))), author('Sam'));
    exchange(a, b);
    const merged = draftFromDoc(a);
    expect(merged).toEqual(draftFromDoc(b));
    expect(merged.answers['dates-q1']!.rationale).toBe('Priya: We agree with the date. Sam: and the notice period.');
  });

  it('keeps an answer typed by one person and a comment added and another resolved by the other', () => {
    const start = addComment(sampleDraft(), { id: 'c-1', target: { kind: 'section', section: 'general' }, author: 'Legal', text: 'Check the annex.' }, SAMPLE_NOW);
    const { a, b, base } = twoWriters(start);
    applyDraftChange(a, base, content(changeAnswer(withLocal(base), 'dates-q1', { rationale: 'Typed by Priya.' }, later(1))), author('Priya'));
    const reviewed = resolveComment(addComment(withLocal(base), { id: 'c-2', target: { kind: 'question', questionId: 'dates-q1' }, author: 'Sam', text: 'Say why.' }, later(1)), 'c-1', 'Sam', later(2));
    applyDraftChange(b, base, content(reviewed), author('Sam'));
    exchange(a, b);
    const merged = draftFromDoc(b);
    expect(merged.answers['dates-q1']!.rationale).toBe('Typed by Priya.');
    expect(merged.comments.map((c) => [c.id, c.resolved])).toEqual([
      ['c-1', true],
      ['c-2', false],
    ]);
  });

  it('lets one of two sign-offs made at the same time stand, and records the other as a conflict saying why', () => {
    const { a, b, base } = twoWriters(sampleDraft());
    const signOff = (name: string) => content(applyWorkflowAction(withLocal(base), { kind: 'sign-off', name, jobTitle: 'Director', date: '2020-10-27' }, later(5)));
    applyDraftChange(a, base, signOff('Jordan Lee'), author('Jordan Lee'));
    applyDraftChange(b, base, signOff('Alex Kim'), author('Alex Kim'));
    exchange(a, b);
    const merged = draftFromDoc(a);
    expect(merged).toEqual(draftFromDoc(b));
    expect(merged.status).toBe('signed-off');
    expect(merged.conflicts).toHaveLength(1);
    const winner = merged.signOff!.name;
    const loser = winner === 'Jordan Lee' ? 'Alex Kim' : 'Jordan Lee';
    expect(merged.conflicts[0]!.summary).toBe(`${loser}'s step to make the draft signed off was not taken: ${winner} had already made it signed off.`);
    // Both timeline lines are kept: the history says what each person did.
    expect(merged.history.filter((h) => h.kind === 'signed-off')).toHaveLength(2);
  });
});

describe('a writer’s log of updates', () => {
  // Windows cannot rename or delete a file that is still open, so a log left open could never be folded away.
  it.runIf(process.platform === 'linux')('appends each record to the log on the disk and leaves no handle of it open', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crd-log-'));
    try {
      const log = join(folder, 'writer.updates');
      await appendRecord(log, new Uint8Array([1, 2, 3]));
      await appendRecord(log, new Uint8Array([4]));
      expect(decodeRecords(await readFile(log)).updates).toEqual([new Uint8Array([1, 2, 3]), new Uint8Array([4])]);
      const open = await Promise.all((await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
      expect(open.filter((path) => path.startsWith(folder))).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('reads every whole record and ignores one cut short by a crash', () => {
    const records = [new Uint8Array([1, 2, 3]), new Uint8Array(1000).fill(7), new Uint8Array([9])];
    const bytes = Buffer.concat(records.map(encodeRecord));
    expect(decodeRecords(bytes).updates).toEqual(records);
    for (const cut of [bytes.length - 1, bytes.length - 5, 8 + 3 + 8 + 500]) {
      const partial = decodeRecords(bytes.subarray(0, cut));
      expect(records.slice(0, partial.updates.length)).toEqual(partial.updates);
      expect(partial.updates.length).toBeLessThan(records.length);
    }
    const flipped = Buffer.from(bytes);
    const at = 8 + 3 + 8 + 10;
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    expect(decodeRecords(flipped).updates).toEqual(records.slice(0, 1));
  });

  it('writes and reads records in the fixed on-disk format, so colleagues on another version of the app read each other', () => {
    // [length u32 LE][FNV-1a checksum u32 LE][bytes], as every version since shared drafts wrote it.
    const written = Buffer.from('03000000ab37cf56010203', 'hex');
    expect(encodeRecord(new Uint8Array([1, 2, 3])).toString('hex')).toBe(written.toString('hex'));
    expect(decodeRecords(written)).toEqual({ updates: [new Uint8Array([1, 2, 3])], wholeBytes: 11 });
  });

  it('reads a record with no bytes, last in the log, as whole (the format allows it)', () => {
    const log = Buffer.concat([encodeRecord(new Uint8Array([5])), encodeRecord(new Uint8Array(0))]);
    expect(decodeRecords(log)).toEqual({ updates: [new Uint8Array([5]), new Uint8Array(0)], wholeBytes: 17 });
  });

  it('ignores a record whose header promises more bytes than the log holds, even when its checksum would fit what is there', () => {
    // Length 5, and the checksum of no bytes at all (FNV-1a's starting value), then the log ends: a crash cut the record short.
    const cut = Buffer.concat([encodeRecord(new Uint8Array([5])), Buffer.from('05000000c59d1c81', 'hex')]);
    expect(decodeRecords(cut)).toEqual({ updates: [new Uint8Array([5])], wholeBytes: 9 });
  });
});
