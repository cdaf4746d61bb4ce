import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIpcHandlers, type IpcHandlers } from '../../electron/ipc-handlers';
import type { ResponseDraft } from '../../shared/model';
import { ipcValue } from './ipc-value';
import { dccConsultation, SAMPLE_NOW } from './sample-draft';
import { createTestServices, type TestServices } from './test-services';

export interface LibraryWithDraft {
  scratch: string;
  exportFolder: string;
  services: TestServices;
  handlers: IpcHandlers;
  /** The draft as the library holds it, export folder chosen. */
  draft: ResponseDraft;
  remove(): Promise<void>;
}

/**
 * A real library in a temporary folder, reached only through the IPC handlers
 * the window calls, holding one draft with the given content and an export
 * folder already chosen.
 */
export async function libraryWithDraft(content: (id: string) => ResponseDraft): Promise<LibraryWithDraft> {
  const scratch = await mkdtemp(join(tmpdir(), 'crd-library-'));
  const exportFolder = join(scratch, 'exports');
  await mkdir(exportFolder);
  const services = createTestServices({ libraryFolder: join(scratch, 'library'), exportFolder, clock: () => SAMPLE_NOW });
  const handlers = createIpcHandlers(services);
  const created = await ipcValue(handlers['draft:create']({ consultationId: dccConsultation.id }));
  await ipcValue(handlers['draft:save']({ draft: content(created.id) }));
  const draft = (await ipcValue(handlers['export:chooseFolder']({ draftId: created.id }))) as ResponseDraft;
  return { scratch, exportFolder, services, handlers, draft, remove: () => rm(scratch, { recursive: true, force: true }) };
}
