import { randomBytes } from 'node:crypto';
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
 * On a shared computer (a terminal server) colleagues run the app on the same machine under their own user: the
 * system will not let this process signal their processes (EPERM), yet they are running, so their files beside
 * the draft must never be folded away while they may still be writing to them. Tests here run as root, who may
 * signal anything, so the refusal is made by hand.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-other-user-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

function writer(pid: number): SharedDraft {
  const id = `${machineIdPart()}-${pid}-${randomBytes(4).toString('hex')}`;
  return createSharedDraft({ draftPath, writer: { id, name: `User ${pid}` } });
}

describe('sessions of other users on this machine', () => {
  it('are never folded away while the system says they run under another user', async () => {
    // Eight process ids above any this machine hands out, each "run by another user".
    const theirs = Array.from({ length: 8 }, (_, i) => 4_000_000 + i);
    const kill = vi.spyOn(process, 'kill').mockImplementation((pid) => {
      if (theirs.includes(Number(pid))) throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
      return true;
    });
    const ids: string[] = [];
    for (const pid of theirs) {
      const session = writer(pid);
      await session.start(start);
      await session.commit(null, (before) => ({ ...before, name: `${before.name} ${pid}` }));
      ids.push(session.writerId);
    }
    const me = writer(process.pid);
    await me.start(start);
    await me.commit(null, (before) => ({ ...before, name: 'Mine' }));
    expect(kill).toHaveBeenCalled();
    const names = await readdir(changesFolderFor(draftPath));
    for (const id of ids) expect(names).toContain(`${id}.updates`);
    expect(names).not.toContain(`${me.writerId}.base`);
  });
});
