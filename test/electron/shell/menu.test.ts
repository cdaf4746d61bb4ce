import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, COMMANDS_THAT_OPEN_A_WINDOW, type MenuOptions } from '../../../electron/menu';
import { MenuCommandSchema, type MenuCommand, type RecentFile } from '../../../shared/ipc';

type Item = MenuItemConstructorOptions;
const platforms = ['darwin', 'win32', 'linux'] as const;
const APP_NAME = 'Consultation Response Drafter';

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    appName: APP_NAME,
    isPackaged: true,
    recentFiles: [],
    send: vi.fn(),
    openRecentFile: vi.fn(),
    clearRecentFiles: vi.fn(),
    showLibraryFolder: vi.fn(),
    ...overrides,
  };
}

/** The shortcuts Electron gives each role (lib/browser/api/menu-item-roles.ts), so duplicates can be found. */
function roleAccelerator(role: Item['role'], platform: NodeJS.Platform): string | undefined {
  const mac = platform === 'darwin';
  const table: Partial<Record<NonNullable<Item['role']>, string | undefined>> = {
    close: 'CommandOrControl+W',
    copy: 'CommandOrControl+C',
    cut: 'CommandOrControl+X',
    paste: 'CommandOrControl+V',
    pasteAndMatchStyle: 'Shift+CommandOrControl+V',
    selectAll: 'CommandOrControl+A',
    undo: 'CommandOrControl+Z',
    redo: platform === 'win32' ? 'Control+Y' : 'Shift+CommandOrControl+Z',
    reload: 'CommandOrControl+R',
    forceReload: 'Shift+CommandOrControl+R',
    toggleDevTools: mac ? 'Alt+Command+I' : 'Control+Shift+I',
    resetZoom: 'CommandOrControl+0',
    zoomIn: 'CommandOrControl+Plus',
    zoomOut: 'CommandOrControl+-',
    togglefullscreen: mac ? 'Control+Command+F' : 'F11',
    minimize: 'CommandOrControl+M',
    quit: platform === 'win32' ? undefined : 'CommandOrControl+Q',
    hide: 'Command+H',
    hideOthers: 'Command+Alt+H',
  };
  return role === undefined ? undefined : table[role];
}

/** One spelling per key combination: CmdOrCtrl is Ctrl off macOS, and modifier order does not matter. */
function normalise(accelerator: string, platform: NodeJS.Platform): string {
  const parts = accelerator.split(/\+(?=.)/).map((part) => part.toLowerCase());
  const key = parts.pop() ?? '';
  const modifiers = parts.map((modifier) => {
    if (modifier === 'commandorcontrol' || modifier === 'cmdorctrl') return platform === 'darwin' ? 'cmd' : 'ctrl';
    if (modifier === 'command') return 'cmd';
    if (modifier === 'control') return 'ctrl';
    return modifier;
  });
  return [...modifiers.sort(), key].join('+');
}

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function roles(template: readonly Item[]): string[] {
  return flatten(template).flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

function byId(template: readonly Item[], id: string): Item | undefined {
  return flatten(template).find((item) => item.id === id);
}

function click(item: Item | undefined): void {
  expect(item?.click, JSON.stringify(item)).toBeTypeOf('function');
  (item?.click as () => void)();
}

const SHORTCUTS: Record<Exclude<MenuCommand, 'show-library-folder'>, string> = {
  'new-response': 'CmdOrCtrl+N',
  'import-consultation': 'CmdOrCtrl+I',
  'open-draft-file': 'CmdOrCtrl+O',
  'save-copy-as': 'CmdOrCtrl+Shift+S',
  export: 'CmdOrCtrl+E',
  print: 'CmdOrCtrl+P',
  'close-draft': 'CmdOrCtrl+W',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  find: 'CmdOrCtrl+F',
  'toggle-confidential': 'CmdOrCtrl+Shift+M',
  'toggle-preview': 'CmdOrCtrl+Shift+P',
  settings: 'CmdOrCtrl+,',
};

describe('the application menu', () => {
  for (const platform of platforms) {
    for (const isPackaged of [true, false]) {
      const recentFiles: RecentFile[] = [{ path: '/home/priya/Shared/Dates.crdraft', name: 'Dates.crdraft', exists: true }];
      const template = buildMenuTemplate(platform, options({ isPackaged, recentFiles }));
      const label = `${platform}, ${isPackaged ? 'packaged' : 'development'}`;

      it(`does something with every item (${label})`, () => {
        for (const item of flatten(template)) {
          const acts = item.type === 'separator' || item.role !== undefined || item.click !== undefined || item.submenu !== undefined;
          expect(acts, JSON.stringify(item)).toBe(true);
        }
      });

      it(`never gives two items the same shortcut, hidden ones included (${label})`, () => {
        const shortcuts = flatten(template)
          .map((item) => item.accelerator ?? roleAccelerator(item.role, platform))
          .filter((shortcut): shortcut is string => typeof shortcut === 'string')
          .map((shortcut) => normalise(shortcut, platform));
        const repeated = shortcuts.filter((shortcut, index) => shortcuts.indexOf(shortcut) !== index);
        expect(repeated).toEqual([]);
      });

      it(`offers the usual editing, zoom and window items, About and Quit (${label})`, () => {
        const all = roles(template);
        for (const role of ['cut', 'copy', 'paste', 'selectAll', 'quit', 'about', 'zoomIn', 'zoomOut', 'resetZoom', 'minimize', 'close']) {
          expect(all, role).toContain(role);
        }
      });
    }

    it(`gives every command its shortcut and sends it to the window (${platform})`, () => {
      const send = vi.fn<(command: MenuCommand) => void>();
      const template = buildMenuTemplate(platform, options({ send }));
      for (const [command, accelerator] of Object.entries(SHORTCUTS)) {
        const item = byId(template, command);
        expect(item?.accelerator, command).toBe(accelerator);
        send.mockClear();
        click(item);
        expect(send.mock.calls, command).toEqual([[command]]);
      }
    });

    it(`has an item for every menu command the window understands (${platform})`, () => {
      const template = buildMenuTemplate(platform, options());
      for (const command of MenuCommandSchema.options) expect(byId(template, command), command).toBeDefined();
    });

    it(`undoes and redoes the whole draft through the window, not the text field's own undo (${platform})`, () => {
      const all = roles(buildMenuTemplate(platform, options()));
      expect(all).not.toContain('undo');
      expect(all).not.toContain('redo');
    });

    it(`closes the draft, not the window, on Ctrl+W (${platform})`, () => {
      const template = buildMenuTemplate(platform, options());
      const close = flatten(template).find((item) => item.role === 'close');
      expect(close?.accelerator).toBe('CmdOrCtrl+Shift+W');
      expect(byId(template, 'close-draft')?.accelerator).toBe('CmdOrCtrl+W');
    });

    it(`zooms in with Ctrl and = as well as with Ctrl and + (${platform})`, () => {
      const zoomIn = flatten(buildMenuTemplate(platform, options())).filter((item) => item.role === 'zoomIn');
      expect(zoomIn.map((item) => item.accelerator)).toEqual(['CmdOrCtrl+=', 'CmdOrCtrl+Plus']);
      expect(zoomIn.map((item) => item.visible ?? true)).toEqual([true, false]);
    });

    it(`shows the drafts folder from the main process (${platform})`, () => {
      const send = vi.fn();
      const showLibraryFolder = vi.fn();
      click(byId(buildMenuTemplate(platform, options({ send, showLibraryFolder })), 'show-library-folder'));
      expect(showLibraryFolder).toHaveBeenCalledOnce();
      expect(send).not.toHaveBeenCalled();
    });
  }

  it('also redoes with Ctrl+Y on Windows, from a hidden twin of Redo', () => {
    const send = vi.fn();
    const template = buildMenuTemplate('win32', options({ send }));
    const twin = byId(template, 'redo-ctrl-y');
    expect(twin?.accelerator).toBe('Ctrl+Y');
    expect(twin?.visible).toBe(false);
    click(twin);
    expect(send).toHaveBeenCalledWith('redo');
    expect(byId(buildMenuTemplate('linux', options()), 'redo-ctrl-y')).toBeUndefined();
    expect(byId(buildMenuTemplate('darwin', options()), 'redo-ctrl-y')).toBeUndefined();
  });

  it('hides reload and developer tools from users of the packaged app', () => {
    for (const platform of platforms) {
      const packaged = roles(buildMenuTemplate(platform, options({ isPackaged: true })));
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(roles(buildMenuTemplate(platform, options({ isPackaged: false })))).toContain('toggleDevTools');
    }
  });

  it('starts with the app menu, holding Settings, on macOS and puts About under Help elsewhere', () => {
    const mac = buildMenuTemplate('darwin', options());
    expect(mac[0]?.label).toBe(APP_NAME);
    const appMenu = Array.isArray(mac[0]?.submenu) ? mac[0].submenu : [];
    expect(appMenu.some((item) => item.id === 'settings')).toBe(true);
    const windows = buildMenuTemplate('win32', options());
    expect(windows.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const help = windows.at(-1)?.submenu;
    expect(Array.isArray(help) ? help.flatMap((item) => (item.role ? [item.role] : [])) : []).toEqual(['about']);
  });

  it('lists recent draft files, newest first, and opens the one chosen', () => {
    const openRecentFile = vi.fn();
    const recentFiles: RecentFile[] = [
      { path: 'S:\\Regulation\\R&D\\Dates.crdraft', name: 'Dates.crdraft', exists: true },
      { path: 'C:\\Users\\Priya\\Documents\\Old.crdraft', name: 'Old.crdraft', exists: false },
    ];
    const clearRecentFiles = vi.fn();
    const recent = byId(buildMenuTemplate('win32', options({ recentFiles, openRecentFile, clearRecentFiles })), 'open-recent');
    const all = Array.isArray(recent?.submenu) ? recent.submenu : [];
    const items = all.filter((item) => item.type !== 'separator' && item.id !== 'clear-recent');
    const clear = all.find((item) => item.id === 'clear-recent');
    click(clear);
    expect(clearRecentFiles).toHaveBeenCalledOnce();
    // "&" would become a Windows keyboard mnemonic and vanish from the label.
    expect(items.map((item) => item.label)).toEqual(['S:\\Regulation\\R&&D\\Dates.crdraft', 'C:\\Users\\Priya\\Documents\\Old.crdraft (not found)']);
    expect(items.map((item) => item.enabled)).toEqual([true, false]);
    click(items[0]);
    expect(openRecentFile).toHaveBeenCalledWith('S:\\Regulation\\R&D\\Dates.crdraft');

    const mac = byId(buildMenuTemplate('darwin', options({ recentFiles })), 'open-recent');
    expect(Array.isArray(mac?.submenu) ? mac.submenu[0]?.label : null).toBe('S:\\Regulation\\R&D\\Dates.crdraft');
  });

  it('greys out Open recent when there is nothing to open', () => {
    const recent = byId(buildMenuTemplate('linux', options({ recentFiles: [] })), 'open-recent');
    expect(recent?.enabled).toBe(false);
    expect(recent?.submenu).toEqual([]);
  });

  it('opens a window for commands that need one when macOS has none open', () => {
    expect([...COMMANDS_THAT_OPEN_A_WINDOW].sort()).toEqual(['import-consultation', 'new-response', 'open-draft-file', 'settings']);
  });
});
