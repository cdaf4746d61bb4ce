import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIpcHandlers, type IpcHandlers } from '../../../electron/ipc-handlers';
import { ipcValue } from '../../support/ipc-value';
import { createTestServices, type TestServices } from '../../support/test-services';
import { dccConsultation, SAMPLE_NOW } from '../../support/sample-draft';

let folder: string;
let sharedDrive: string;
let services: TestServices;
let handlers: IpcHandlers;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-files-'));
  sharedDrive = await mkdtemp(join(tmpdir(), 'crd-shared-drive-'));
  services = createTestServices({ libraryFolder: folder, clock: () => SAMPLE_NOW });
  handlers = createIpcHandlers(services);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(sharedDrive, { recursive: true, force: true });
});


describe('draft files outside the library', () => {
  it('saves a copy to a shared drive, opens it elsewhere, and saves edits in place', async () => {
    const draft = await ipcValue(handlers['draft:create']({ consultationId: dccConsultation.id }));
    const copyPath = join(sharedDrive, 'For review.crdraft');
    services.dialogAnswers.savePath = copyPath;
    expect(await ipcValue(handlers['draftFile:saveCopy']({ id: draft.id }))).toEqual({ path: copyPath });

    // A colleague's app, with its own library, opens the file from the shared drive.
    const colleague = createTestServices({ libraryFolder: await mkdtemp(join(tmpdir(), 'crd-colleague-')), draftFile: copyPath, clock: () => SAMPLE_NOW });
    const theirHandlers = createIpcHandlers(colleague);
    const opened = await ipcValue(theirHandlers['draftFile:open']({ path: null }));
    expect(opened!.id).not.toBe(draft.id);
    await ipcValue(theirHandlers['draft:save']({ draft: { ...opened!, answers: { 'dates-q1': { ...opened!.answers['dates-q1']!, rationale: 'Reviewed on the shared drive' } } } }));
    const onDrive = JSON.parse(await readFile(copyPath, 'utf8'));
    expect(onDrive.answers['dates-q1'].rationale).toBe('Reviewed on the shared drive');
    expect((await ipcValue(theirHandlers['recent:list'](undefined))).map((r) => [r.path, r.exists])).toEqual([[copyPath, true]]);
    await rm(colleague.library.folder, { recursive: true, force: true });
  });

  it('opens by name only a file from the recent list', async () => {
    const refused = await handlers['draftFile:open']({ path: '/etc/passwd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('never writes a copy over an existing file', async () => {
    const draft = await ipcValue(handlers['draft:create']({ consultationId: dccConsultation.id }));
    services.dialogAnswers.savePath = join(sharedDrive, 'taken.crdraft');
    await ipcValue(handlers['draftFile:saveCopy']({ id: draft.id }));
    const second = await handlers['draftFile:saveCopy']({ id: draft.id });
    expect(second).toEqual({ ok: false, error: { code: 'file-exists', message: `A file already exists at ${join(sharedDrive, 'taken.crdraft')}; choose another name.` } });
  });
});
