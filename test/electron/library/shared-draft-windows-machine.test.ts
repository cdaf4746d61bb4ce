import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';

/**
 * Windows names a new computer "DESKTOP-" or "LAPTOP-" and a code, so most machines' names hold a hyphen, and
 * writer ids are "<machine>-<process>-<random>". Ended sessions on this machine (the app closed, crashed or was
 * restarted) are recognised by their machine part and a process that no longer runs, and folded away once there
 * are eight, so a draft opened every day stays quick to open. That must hold for a machine name with a hyphen.
 */
vi.mock('node:os', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:os')>()), hostname: () => 'DESKTOP-4F7K2QJ' }));

const { fileContent } = await import('../../../electron/services/draft-file');
const { changesFolderFor, createSharedDraft } = await import('../../../electron/services/sync/shared-draft');
const { machineIdPart } = await import('../../../electron/services/sync/writer');
const { sampleDraft } = await import('../../support/sample-draft');

let folder: string;
let draftPath: string;
let start: DraftFileContent;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-windows-machine-'));
  draftPath = join(folder, 'response.crdraft');
  start = fileContent(sampleDraft());
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A process id no process has any more. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('ended sessions on a machine whose name holds a hyphen', () => {
  it('are folded in and removed at the next save once there are eight, today, keeping their edits', async () => {
    expect(machineIdPart()).toBe('DESKTOP-4F7K2QJ');
    const dead = await deadPid();
    const ended: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const id = `${machineIdPart()}-${dead}-${randomBytes(4).toString('hex')}`;
      const session = createSharedDraft({ draftPath, writer: { id, name: `Session ${i}` } });
      await session.start(start);
      await session.commit(null, (before) => ({ ...before, name: `Named in session ${i}` }));
      ended.push(id);
    }
    const me = createSharedDraft({ draftPath, writer: { id: `${machineIdPart()}-${process.pid}-${randomBytes(4).toString('hex')}`, name: 'This session' } });
    await me.start(start);
    const saved = await me.commit(null, (before) => ({ ...before, answers: { ...before.answers, 'dates-q1': { ...before.answers['dates-q1']!, rationale: 'Ours.' } } }));

    const left = await readdir(changesFolderFor(draftPath));
    expect(left.filter((name) => ended.some((id) => name.startsWith(`${id}.`)))).toEqual([]);
    expect(saved.content.name).toBe('Named in session 7');
    expect(saved.content.answers['dates-q1']?.rationale).toBe('Ours.');
  });
});
