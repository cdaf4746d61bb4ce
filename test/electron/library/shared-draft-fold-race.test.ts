import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { machineIdPart } from '../../../electron/services/sync/writer';
import { sampleDraft } from '../../support/sample-draft';

/**
 * Two colleagues saving in the same instant, once eight ended sessions' files lie beside the draft, both fold those
 * files in and remove them: whichever removes a file second finds it gone. That must not fail their save, which is
 * already on the disk (told "not saved", they would type it again). The instant is made deterministic: the second
 * one's listings of the folder are held to what it showed before the first one folded.
 */
const disk = vi.hoisted(() => ({ staleListing: null as string[] | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    readdir: (async (...args: Parameters<typeof real.readdir>) => (disk.staleListing ? [...disk.staleListing] : real.readdir(...args))) as typeof real.readdir,
  };
});

let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-fold-race-'));
  draftPath = join(folder, 'response.crdraft');
});
afterEach(async () => {
  disk.staleListing = null;
  await rm(folder, { recursive: true, force: true });
});

const writer = (pid: number): SharedDraft => createSharedDraft({ draftPath, writer: { id: `${machineIdPart()}-${pid}-${randomBytes(4).toString('hex')}`, name: `Session ${pid}` } });

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('two colleagues folding the same ended sessions at once', () => {
  it('both have their saves go through, and every edit is kept', async () => {
    const dead = await deadPid();
    for (let i = 0; i < 8; i += 1) {
      const ended = writer(dead);
      await ended.start(start);
      await ended.commit(null, (before) => ({ ...before, name: `Named in session ${i}` }));
    }
    const priya = writer(process.pid);
    await priya.start(start);
    const sam = writer(process.pid);
    await sam.start(start);
    const before = await readdir(changesFolderFor(draftPath));

    await priya.commit(null, (latest) => ({ ...latest, answers: { ...latest.answers, 'dates-q1': { ...latest.answers['dates-q1']!, rationale: 'Priya’s answer.' } } }));
    // Sam's save, in the same instant: its look at the folder still shows the ended sessions' files Priya removed.
    disk.staleListing = before;
    const saved = await sam.commit(null, (latest) => ({ ...latest, signatory: { ...latest.signatory, jobTitle: 'Director' } }));
    disk.staleListing = null;

    expect([saved.content.signatory.jobTitle, saved.content.name]).toEqual(['Director', 'Named in session 7']);
    const reader = writer(process.pid);
    await reader.start(start);
    const read = (await reader.refresh({ content: start, sync: null, text: 'not written by this reader' })).content;
    expect([read.answers['dates-q1']?.rationale, read.signatory.jobTitle, read.name]).toEqual(['Priya’s answer.', 'Director', 'Named in session 7']);
  });
});
