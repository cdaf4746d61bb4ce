import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';

type Item = MenuItemConstructorOptions;
const platforms = ['darwin', 'win32', 'linux'] as const;
const APP_NAME = 'Consultation Response Drafter';

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

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function roles(template: readonly Item[]): string[] {
  return flatten(template).flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

describe('the application menu', () => {
  for (const platform of platforms) {
    for (const isPackaged of [true, false]) {
      const template = buildMenuTemplate(platform, { appName: APP_NAME, isPackaged });
      const label = `${platform}, ${isPackaged ? 'packaged' : 'development'}`;

      it(`does something with every item (${label})`, () => {
        for (const item of flatten(template)) {
          const acts = item.type === 'separator' || item.role !== undefined || item.click !== undefined || item.submenu !== undefined;
          expect(acts, JSON.stringify(item)).toBe(true);
        }
      });

      it(`never gives two items the same shortcut (${label})`, () => {
        const shortcuts = flatten(template)
          .map((item) => item.accelerator ?? roleAccelerator(item.role, platform))
          .filter((shortcut): shortcut is string => typeof shortcut === 'string')
          .map((shortcut) => shortcut.toLowerCase().replace('commandorcontrol', 'cmdorctrl'));
        expect(new Set(shortcuts).size).toBe(shortcuts.length);
        expect(new Set(roles(template).filter((role) => role !== 'window' && role !== 'help')).size).toBe(
          roles(template).filter((role) => role !== 'window' && role !== 'help').length,
        );
      });

      it(`offers the usual editing commands, About and Quit (${label})`, () => {
        const all = roles(template);
        for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'close', 'quit', 'about', 'zoomIn', 'zoomOut', 'resetZoom', 'minimize']) {
          expect(all, role).toContain(role);
        }
      });
    }
  }

  it('hides reload and developer tools from users of the packaged app', () => {
    for (const platform of platforms) {
      const packaged = roles(buildMenuTemplate(platform, { appName: APP_NAME, isPackaged: true }));
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(roles(buildMenuTemplate(platform, { appName: APP_NAME, isPackaged: false }))).toContain('toggleDevTools');
    }
  });

  it('starts with the app menu on macOS and puts About under Help elsewhere', () => {
    const mac = buildMenuTemplate('darwin', { appName: APP_NAME, isPackaged: true });
    expect(mac[0]?.label).toBe(APP_NAME);
    const windows = buildMenuTemplate('win32', { appName: APP_NAME, isPackaged: true });
    expect(windows.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const help = windows.at(-1)?.submenu;
    expect(Array.isArray(help) ? help.map((item) => item.role) : []).toEqual(['about']);
  });
});
