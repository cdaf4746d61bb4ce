import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcHandlers, type IpcHandlers } from '../../electron/ipc-handlers';
import { exportFileName } from '../../shared/file-names';
import type { ResponseDraft } from '../../shared/model';
import { dccConsultation, SAMPLE_NOW, sampleDraft } from '../support/sample-draft';
import { createTestServices, type TestServices } from '../support/test-services';

let scratch: string;
let services: TestServices;
let handlers: IpcHandlers;
let draft: ResponseDraft;
let immutable: string | null = null;

function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'crd-export-faults-'));
  services = createTestServices({ libraryFolder: join(scratch, 'library'), exportFolder: join(scratch, 'exports'), clock: () => SAMPLE_NOW });
  handlers = createIpcHandlers(services);
  await mkdir(join(scratch, 'exports'));
  const created = valueOf(await handlers['draft:create']({ consultationId: dccConsultation.id }));
  valueOf(await handlers['draft:save']({ draft: sampleDraft({ id: created.id }) }));
  draft = valueOf(await handlers['export:chooseFolder']({ draftId: created.id })) as ResponseDraft;
  expect(draft.exportFolder).toBe(join(scratch, 'exports'));
});

afterEach(async () => {
  if (immutable !== null) execFileSync('chattr', ['-i', immutable]);
  immutable = null;
  await rm(scratch, { recursive: true, force: true });
});

const draftFile = () => join(scratch, 'library', 'drafts', `${draft.id}.crdraft`);

async function snapshot() {
  const read = (path: string) => readFile(path).catch(() => null);
  return { draft: await read(draftFile()), backup: await read(`${draftFile()}.bak`) };
}

/** Exports, expecting a clean failure that leaves the draft's file, backup and history exactly as they were. */
async function expectCleanFailure(): Promise<string> {
  const before = await snapshot();
  const result = await handlers['export:run']({ draftId: draft.id, kinds: ['email'], overwrite: true });
  if (result.ok) throw new Error('the export should have failed');
  expect(result.error.code).toBe('export-failed');
  expect(result.error.message).toContain(join(scratch, 'exports'));
  expect(await snapshot()).toEqual(before);
  const reopened = valueOf(await handlers['draft:open']({ id: draft.id }));
  expect(reopened.history).toEqual(draft.history);
  expect(reopened.history.some((entry) => entry.kind === 'exported')).toBe(false);
  return result.error.message;
}

async function expectExportWorksAgain(): Promise<void> {
  const outcome = valueOf(await handlers['export:run']({ draftId: draft.id, kinds: ['email'], overwrite: true }));
  expect(outcome.files.map((f) => f.kind)).toEqual(['letter-full', 'email']);
  expect(outcome.draft.history.filter((entry) => entry.kind === 'exported')).toHaveLength(2);
}

describe('an export whose folder has gone or cannot be written', () => {
  it('fails cleanly when the folder was removed after it was chosen', async () => {
    await rm(join(scratch, 'exports'), { recursive: true });
    expect(await expectCleanFailure()).toMatch(/does not exist or cannot be written to\. Choose another folder/);
    await mkdir(join(scratch, 'exports'));
    await expectExportWorksAgain();
  });

  it('fails cleanly when a file now stands where the folder was', async () => {
    await rm(join(scratch, 'exports'), { recursive: true });
    await writeFile(join(scratch, 'exports'), 'not a folder');
    await expectCleanFailure();
    expect(await readFile(join(scratch, 'exports'), 'utf8')).toBe('not a folder');
  });

  it('fails cleanly when the folder sits under a file (a drive that is no longer mounted as a folder)', async () => {
    await writeFile(join(scratch, 'blocker'), 'x');
    services.dialogAnswers.exportFolder = join(scratch, 'blocker', 'exports');
    draft = valueOf(await handlers['export:chooseFolder']({ draftId: draft.id })) as ResponseDraft;
    const before = await snapshot();
    const result = await handlers['export:run']({ draftId: draft.id, kinds: ['email'], overwrite: true });
    expect(result.ok ? 'exported' : result.error.code).toBe('export-failed');
    expect(await snapshot()).toEqual(before);
  });

  it('fails cleanly, writing nothing, when a folder stands where the email must go', async () => {
    // Refused before any rename; test/electron/export/export-rollback.test.ts fails a later rename and checks the rollback.
    const email = exportFileName(draft, 'email');
    await mkdir(join(scratch, 'exports', email));
    expect(await expectCleanFailure()).toMatch(/could not be finished .*Nothing was changed there/);
    expect(await readdir(join(scratch, 'exports'))).toEqual([email]);
  });

  it('fails cleanly when the folder refuses new files even to root (immutable), leaving nothing in it', async (context) => {
    const exports = join(scratch, 'exports');
    try {
      execFileSync('chattr', ['+i', exports], { stdio: 'ignore' });
      immutable = exports;
    } catch {
      context.skip('chattr +i is not supported on this file system');
    }
    expect(await expectCleanFailure()).toMatch(/cannot be written to|could not be written to/);
    execFileSync('chattr', ['-i', exports]);
    immutable = null;
    expect(await readdir(exports)).toEqual([]);
    await expectExportWorksAgain();
  });
});
