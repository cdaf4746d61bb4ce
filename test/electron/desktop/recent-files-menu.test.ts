import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers } from '../../../electron/ipc-handlers';
import { registerIpcHandlers, type InvokeEventLike, type IpcMainLike } from '../../../electron/ipc';
import { buildMenuTemplate } from '../../../electron/menu';
import { changesRecentFiles, createMenuRefresher } from '../../../electron/menu-refresh';
import type { Services } from '../../../electron/services/contracts';
import { createSettingsStore } from '../../../electron/services/settings-store';
import type { Channel, IpcResult, RecentFile } from '../../../shared/ipc';
import { sampleDraft } from '../../support/sample-draft';

// electron/ipc.ts also wires the real ipcMain; the real module cannot load outside Electron.
vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));

type Item = MenuItemConstructorOptions;
type Listener = (event: InvokeEventLike, args: unknown) => Promise<IpcResult<unknown>>;

const fromApp: InvokeEventLike = { senderFrame: { url: 'file:///app/index.html', parent: null } };

function recentLabels(template: Item[]): string[] {
  const file = template.find((item) => item.label === 'File');
  const submenu = Array.isArray(file?.submenu) ? file.submenu : [];
  const recent = submenu.find((item) => item.id === 'open-recent');
  const items = Array.isArray(recent?.submenu) ? recent.submenu : [];
  return items.filter((item) => item.type !== 'separator' && item.id !== 'clear-recent').map((item) => item.label ?? '');
}

describe('rebuilding File > Open recent', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'crd-recent-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  /** The main process as main.ts wires it, with a real settings file and fakes for the rest. */
  async function wiredApp(chosen: { draft: string | null; copy: string | null }) {
    const listeners = new Map<string, Listener>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
    const services = {
      library: {
        folder,
        openFile: vi.fn(async () => sampleDraft()),
        open: vi.fn(async () => sampleDraft()),
        saveCopy: vi.fn(async (_id: string, path: string) => {
          await writeFile(path, '{}');
          return sampleDraft();
        }),
      },
      settings: createSettingsStore({ path: join(folder, 'settings.json') }),
      dialogs: { chooseDraftFile: async () => chosen.draft, chooseSavePath: async () => chosen.copy },
    } as unknown as Services;
    const handlers = createIpcHandlers(services);
    const menus: Item[][] = [];
    const refresher = createMenuRefresher({
      loadRecentFiles: async () => {
        const recent = await handlers['recent:list'](undefined);
        return recent.ok ? recent.value : [];
      },
      apply: (recentFiles: RecentFile[]) =>
        void menus.push(buildMenuTemplate('linux', { appName: 'CRD', isPackaged: true, recentFiles, send: () => undefined, openRecentFile: () => undefined, clearRecentFiles: () => undefined, showLibraryFolder: () => undefined })),
    });
    const refreshes: Array<Promise<void>> = [];
    registerIpcHandlers(ipcMain, handlers, () => true, {
      onResult: (channel, result) => {
        if (changesRecentFiles(channel, result)) refreshes.push(refresher.refresh());
      },
    });
    await refresher.refresh();
    const call = async (channel: Channel, args: unknown) => {
      const result = await listeners.get(channel)?.(fromApp, args);
      await Promise.all(refreshes);
      return result;
    };
    return { call, menus };
  }

  it('adds a draft file opened with File > Open to the menu', async () => {
    const opened = join(folder, 'Dates response.crdraft');
    await writeFile(opened, '{}');
    const app = await wiredApp({ draft: opened, copy: null });
    expect(recentLabels(app.menus.at(-1) ?? [])).toEqual([]);

    await app.call('draftFile:open', { path: null });
    expect(recentLabels(app.menus.at(-1) ?? [])).toEqual([opened]);
  });

  it('adds a copy saved with Save a copy as, newest first', async () => {
    const opened = join(folder, 'Original.crdraft');
    const copy = join(folder, 'For Jordan.crdraft');
    await writeFile(opened, '{}');
    const app = await wiredApp({ draft: opened, copy });
    await app.call('draftFile:open', { path: null });
    await app.call('draftFile:saveCopy', { id: 'sample-draft' });
    expect(recentLabels(app.menus.at(-1) ?? [])).toEqual([copy, opened]);
  });

  it('leaves the menu alone when a dialog is cancelled', async () => {
    const app = await wiredApp({ draft: null, copy: null });
    const before = app.menus.length;
    await app.call('draftFile:open', { path: null });
    expect(app.menus.length).toBe(before);
  });

  it('rebuilds only for calls that can change the recent files', () => {
    expect(changesRecentFiles('draftFile:open', { ok: true, value: sampleDraft() })).toBe(true);
    expect(changesRecentFiles('draftFile:saveCopy', { ok: true, value: { path: '/a.crdraft' } })).toBe(true);
    expect(changesRecentFiles('draftFile:open', { ok: true, value: null })).toBe(false);
    expect(changesRecentFiles('draftFile:open', { ok: false, error: { code: 'damaged', message: 'damaged' } })).toBe(false);
    expect(changesRecentFiles('draft:save', { ok: true, value: {} })).toBe(false);
  });

  it('runs one more rebuild for requests that arrive during one, ending with the latest list', async () => {
    let release: () => void = () => undefined;
    const lists: RecentFile[][] = [[{ path: '/a.crdraft', name: 'a.crdraft', exists: true }], [{ path: '/b.crdraft', name: 'b.crdraft', exists: true }]];
    const applied: RecentFile[][] = [];
    let loads = 0;
    const refresher = createMenuRefresher({
      loadRecentFiles: () =>
        new Promise((resolve) => {
          const list = lists[Math.min(loads, lists.length - 1)] ?? [];
          loads += 1;
          release = () => resolve(list);
        }),
      apply: (list) => void applied.push(list),
    });
    const first = refresher.refresh();
    void refresher.refresh();
    void refresher.refresh();
    release();
    await vi.waitFor(() => expect(loads).toBe(2));
    release();
    await first;
    expect(loads).toBe(2);
    expect(applied.at(-1)?.[0]?.path).toBe('/b.crdraft');
  });
});
