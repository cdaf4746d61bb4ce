import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportFileName } from '../../../shared/file-names';
import type { ExportKind, ResponseDraft } from '../../../shared/model';
import { ipcValue } from '../../support/ipc-value';
import { libraryWithDraft, type LibraryWithDraft } from '../../support/library-with-draft';
import { confidentialDraft } from '../../shared/letter/letter-fixtures';

/**
 * File names the next rename into fails once: as when an antivirus scanner
 * still holds the freshly written file. Putting the earlier file back then works.
 */
const refuseRenameInto = vi.hoisted(() => new Set<string>());
/** File names that cannot be moved away once: an earlier letter still open in Word. */
const refuseRenameFrom = vi.hoisted(() => new Set<string>());
/** File names whose temporary copy meets a full disk while being written. */
const diskFullWriting = vi.hoisted(() => new Set<string>());

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const rename: typeof real.rename = async (from, to) => {
    if (refuseRenameInto.delete(basename(String(to))) || refuseRenameFrom.delete(basename(String(from)))) {
      throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${String(from)}' -> '${String(to)}'`), { code: 'EBUSY' });
    }
    return real.rename(from, to);
  };
  const open: typeof real.open = async (path, ...rest) => {
    const handle = await real.open(path, ...rest);
    const name = basename(String(path));
    const full = [...diskFullWriting].find((fileName) => name.startsWith(`.${fileName}.`) && name.endsWith('.tmp'));
    if (full === undefined) return handle;
    diskFullWriting.delete(full);
    // Every way of writing through the handle meets the full disk.
    const diskFull = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    handle.writeFile = diskFull;
    handle.writev = diskFull;
    handle.write = diskFull;
    return handle;
  };
  return { ...real, rename, open, default: { ...real, rename, open } };
});

let library: LibraryWithDraft;
const kinds: ExportKind[] = ['letter-full', 'letter-publication', 'email'];
const nameOf = (kind: ExportKind) => exportFileName(library.draft, kind);

async function filesInFolder(): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const name of (await readdir(library.exportFolder)).sort()) found[name] = (await readFile(join(library.exportFolder, name))).toString('base64');
  return found;
}

function edited(draft: ResponseDraft): ResponseDraft {
  return { ...draft, answers: Object.fromEntries(Object.entries(draft.answers).map(([id, a]) => [id, { ...a, rationale: `${a.rationale}\n\nA second thought, added after the first export.` }])) };
}

beforeEach(async () => {
  refuseRenameInto.clear();
  refuseRenameFrom.clear();
  diskFullWriting.clear();
  library = await libraryWithDraft((id) => confidentialDraft({ id }));
  // The response was exported once already; the user then changes an answer and exports again, replacing the files.
  await ipcValue(library.handlers['export:run']({ draftId: library.draft.id, kinds: ['email'], overwrite: false }));
  const current = await ipcValue(library.handlers['draft:open']({ id: library.draft.id }));
  await ipcValue(library.handlers['draft:save']({ draft: edited(current) }));
});

afterEach(() => library.remove());

describe('an export that fails part way through replacing earlier files', () => {
  for (const failing of ['letter-publication', 'email'] as const) {
    it(`leaves every earlier file under its own name, byte for byte, when the ${failing} cannot be put in place`, async () => {
      const before = await filesInFolder();
      expect(Object.keys(before)).toEqual(kinds.map(nameOf).sort());
      const historyBefore = (await ipcValue(library.handlers['draft:open']({ id: library.draft.id }))).history;

      refuseRenameInto.add(nameOf(failing));
      const result = await library.handlers['export:run']({ draftId: library.draft.id, kinds: ['email'], overwrite: true });

      expect(result.ok ? 'exported' : result.error.code).toBe('export-failed');
      // Says what went wrong, in the system's own words, so the user knows to close the file.
      if (!result.ok) expect(result.error.message).toMatch(/Nothing was changed there/);
      if (!result.ok) expect(result.error.message).toContain('EBUSY: resource busy or locked');
      // Not hidden under a temporary or ".previous" name: the very files, where the user left them.
      expect(await filesInFolder()).toEqual(before);
      expect((await ipcValue(library.handlers['draft:open']({ id: library.draft.id }))).history).toEqual(historyBefore);
    });
  }

  it('replaces them all once the file is free again (the control)', async () => {
    const before = await filesInFolder();
    const { files } = await ipcValue(library.handlers['export:run']({ draftId: library.draft.id, kinds: ['email'], overwrite: true }));
    expect(files.map((f) => f.fileName).sort()).toEqual(Object.keys(before));
    const after = await filesInFolder();
    for (const name of Object.keys(before)) expect(after[name], name).not.toBe(before[name]);
    // The earlier files were set aside while replacing; none is left behind under a hidden name.
    expect(Object.keys(after)).toEqual(Object.keys(before));
  });

  it('keeps the earlier letter in place, untouched, when it cannot be moved aside (open in Word)', async () => {
    const before = await filesInFolder();
    refuseRenameFrom.add(nameOf('letter-full'));
    const result = await library.handlers['export:run']({ draftId: library.draft.id, kinds: ['email'], overwrite: true });
    expect(result.ok ? 'exported' : result.error.code).toBe('export-failed');
    if (!result.ok) expect(result.error.message).toContain('EBUSY: resource busy or locked');
    expect(await filesInFolder()).toEqual(before);
  });
});

describe('an export that meets a full disk while writing', () => {
  it('leaves the folder exactly as it was, with no partial files, and says the disk was full', async () => {
    const before = await filesInFolder();
    diskFullWriting.add(nameOf('email'));
    const result = await library.handlers['export:run']({ draftId: library.draft.id, kinds: ['email'], overwrite: true });
    expect(result.ok ? 'exported' : result.error.code).toBe('export-failed');
    if (!result.ok) {
      expect(result.error.message).toContain('ENOSPC: no space left on device');
      expect(result.error.message).toContain(`could not be written to ${library.exportFolder}`);
      expect(result.error.message).toContain('Nothing was saved');
    }
    expect(await filesInFolder()).toEqual(before);
  });
});
