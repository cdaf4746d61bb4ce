import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { encodeRecord } from '../../../electron/services/sync/update-log';
import { machineIdPart } from '../../../electron/services/sync/writer';
import { sampleDraft } from '../../support/sample-draft';
import { withQ1 } from '../../support/shared-folder';

/**
 * The files beside a shared draft (`<draft>.crdraft-changes/`): a draft edited for months by many sessions must
 * stay quick to open without losing anyone's saved edit, and a log caught mid-write must not lose the edit either.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-shared-files-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const changes = () => changesFolderFor(draftPath);
const filesOf = async (id: string) => (await readdir(changes())).filter((name) => name.startsWith(`${id}.`)).sort();
const writerId = (machine: string, pid: number) => `${machine}-${pid}-${randomBytes(4).toString('hex')}`;

function writer(id: string, name = `Writer ${id}`): SharedDraft {
  return createSharedDraft({ draftPath, writer: { id, name } });
}

/** A reader that comes to the draft fresh, as a colleague opening it for the first time. */
async function freshRead(): Promise<DraftFileContent> {
  const reader = writer(writerId('reader', 1));
  await reader.start(start);
  return (await reader.refresh({ content: start, sync: null, text: 'not written by this reader' })).content;
}

/** A process id no process has any more. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

/** `count` earlier sessions that each saved an answer to Q1 and are gone; returns their ids. */
async function earlierSessions(count: number, machine: string, pid: () => Promise<number>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = writerId(machine, await pid());
    const session = writer(id);
    await session.start(start);
    await session.commit(null, (before) => ({ ...before, name: `${before.name} ${i}` }));
    ids.push(id);
  }
  return ids;
}

describe('a long-edited shared draft', () => {
  it('folds this writer’s log into its base past 512 KB, and the draft still reads whole', async () => {
    const me = writer(writerId(machineIdPart(), process.pid));
    await me.start(start);
    let last = '';
    const sizes: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      last = `${i} ${randomBytes(60 * 1024).toString('hex')}`;
      await me.commit(null, (before) => withQ1(before, last));
      sizes.push((await stat(join(changes(), `${me.writerId}.updates`))).size);
    }
    // The log grows past 512 KB once, is emptied into the base, then grows again.
    expect(sizes.some((size, i) => i > 0 && size < sizes[i - 1]!)).toBe(true);
    expect(Math.max(...sizes)).toBeLessThan(512 * 1024 + 200 * 1024);
    expect(await filesOf(me.writerId)).toEqual([`${me.writerId}.base`, `${me.writerId}.updates`]);
    expect((await freshRead()).answers['dates-q1']?.rationale).toBe(last);
    expect(me.latest()?.content.answers['dates-q1']?.rationale).toBe(last);
  });

  it('keeps a log under 512 KB as it is', async () => {
    const me = writer(writerId(machineIdPart(), process.pid));
    await me.start(start);
    await me.commit(null, (before) => withQ1(before, 'Short.'));
    expect(await filesOf(me.writerId)).toEqual([`${me.writerId}.updates`]);
  });

  it('folds the files of eight sessions on this machine that have ended into its own base, keeping their edits', async () => {
    const dead = await deadPid();
    const gone = await earlierSessions(8, machineIdPart(), async () => dead);
    const me = writer(writerId(machineIdPart(), process.pid));
    await me.start(start);
    const saved = await me.commit(null, (before) => withQ1(before, 'Mine.'));
    for (const id of gone) expect(await filesOf(id)).toEqual([]);
    expect(await filesOf(me.writerId)).toEqual([`${me.writerId}.base`, `${me.writerId}.updates`]);
    const read = await freshRead();
    expect(read.name).toBe(saved.content.name);
    expect(read.name).toMatch(/ 7$/);
    expect(read.answers['dates-q1']?.rationale).toBe('Mine.');
  });

  it('leaves seven ended sessions’ files alone: folding waits until there are eight', async () => {
    const dead = await deadPid();
    const gone = await earlierSessions(7, machineIdPart(), async () => dead);
    const me = writer(writerId(machineIdPart(), process.pid));
    await me.start(start);
    await me.commit(null, (before) => withQ1(before, 'Mine.'));
    for (const id of gone) expect(await filesOf(id)).toEqual([`${id}.updates`]);
  });

  it('never folds away a session on this machine that is still running', async () => {
    const running = await earlierSessions(8, machineIdPart(), async () => process.pid);
    const me = writer(writerId(machineIdPart(), process.pid));
    await me.start(start);
    await me.commit(null, (before) => withQ1(before, 'Mine.'));
    for (const id of running) expect(await filesOf(id)).toEqual([`${id}.updates`]);
  });

  it('folds another machine’s sessions only once their files are a day old', async () => {
    const elsewhere = await earlierSessions(8, 'OTHER-PC', async () => process.pid);
    const me = writer(writerId(machineIdPart(), process.pid));
    await me.start(start);
    await me.commit(null, (before) => withQ1(before, 'Mine.'));
    for (const id of elsewhere) expect(await filesOf(id)).toEqual([`${id}.updates`]);
    // A day and a minute later: those colleagues have long closed the draft.
    const old = new Date(Date.now() - 24 * 60 * 60 * 1000 - 60_000);
    for (const id of elsewhere) await utimes(join(changes(), `${id}.updates`), old, old);
    await me.commit(null, (before) => withQ1(before, 'Mine, later.'));
    for (const id of elsewhere) expect(await filesOf(id)).toEqual([]);
    expect((await freshRead()).name).toMatch(/ 7$/);
  });
});

describe('a colleague whose log was folded since this reader last looked', () => {
  it('is read from its start again, so edits saved after the fold are seen even once the new log outgrows the old', async () => {
    const colleague = writer(writerId(machineIdPart(), process.pid));
    await colleague.start(start);
    const reader = writer(writerId('reader', 2));
    await reader.start(start);
    await colleague.commit(null, (before) => withQ1(before, 'First, short.'));
    const seen = await reader.refresh({ content: start, sync: null, text: 'not written by this reader' });
    expect(seen.content.answers['dates-q1']?.rationale).toBe('First, short.');
    const logPath = join(changes(), `${colleague.writerId}.updates`);
    const sizeSeen = (await stat(logPath)).size;
    // The colleague types on while the reader is away: the log passes 512 KB and is folded into the base.
    let folded = false;
    for (let i = 0; i < 12 && !folded; i += 1) {
      const before = (await stat(logPath)).size;
      await colleague.commit(null, (latest) => withQ1(latest, `${i} ${randomBytes(60 * 1024).toString('hex')}`));
      folded = (await stat(logPath)).size < before;
    }
    expect(folded).toBe(true);
    // Then small edits, until the new log is at least as long as the one the reader saw.
    let last = '';
    for (let i = 0; (await stat(logPath)).size < sizeSeen || i < 2; i += 1) {
      last = `After the fold, edit ${i}.`;
      await colleague.commit(null, (latest) => withQ1(latest, last));
    }
    const later = await reader.refresh({ content: start, sync: null, text: 'not written by this reader' });
    expect(later.content.answers['dates-q1']?.rationale).toBe(last);
  });
});

describe('a colleague’s log caught mid-write', () => {
  it('is read up to its last whole record, and the rest once it is complete', async () => {
    const colleague = writer(writerId('OTHER-PC', 4242));
    await colleague.start(start);
    await colleague.commit(null, (before) => withQ1(before, 'First, whole.'));
    const me = writer(writerId(machineIdPart(), process.pid));
    await me.start(start);
    const seen = async () => (await me.refresh({ content: start, sync: null, text: 'x' })).content.answers['dates-q1']?.rationale;
    expect(await seen()).toBe('First, whole.');

    // The colleague's next record, as a second writer on the same file would leave it half way.
    const log = join(changes(), `${colleague.writerId}.updates`);
    const before = await readFile(log);
    await colleague.commit(null, (latest) => withQ1(latest, 'Second, arriving.'));
    const record = (await readFile(log)).subarray(before.length);
    await writeFile(log, Buffer.concat([before, record.subarray(0, 10)]));
    expect(await seen()).toBe('First, whole.');
    await appendFile(log, record.subarray(10));
    expect(await seen()).toBe('Second, arriving.');
  });

  it('ignores a log whose record is damaged, without losing what came before it', async () => {
    const colleague = writer(writerId('OTHER-PC', 4243));
    await colleague.start(start);
    await colleague.commit(null, (before) => withQ1(before, 'Whole.'));
    await appendFile(join(changes(), `${colleague.writerId}.updates`), Buffer.concat([encodeRecord(new Uint8Array([1, 2, 3])).subarray(0, 8), Buffer.from([9, 9, 9])]));
    expect((await freshRead()).answers['dates-q1']?.rationale).toBe('Whole.');
  });
});

describe('two people opening a new shared draft at the same moment', () => {
  it('start from one origin, and each sees the other’s first edit', async () => {
    const a = writer(writerId('PC-A', 1));
    const b = writer(writerId('PC-B', 2));
    await Promise.all([a.start(start), b.start(start)]);
    expect((await readdir(changes())).filter((name) => name.startsWith('origin'))).toEqual(['origin.base']);
    await a.commit(null, (before) => withQ1(before, 'From A.'));
    await b.commit(null, (before) => ({ ...before, name: 'Named by B' }));
    const read = await freshRead();
    expect([read.answers['dates-q1']?.rationale, read.name]).toEqual(['From A.', 'Named by B']);
  });
});
