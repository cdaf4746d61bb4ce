import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../shared/ipc';

export interface MenuOptions {
  appName: string;
  /** Reload and developer tools are for development only: a reload would drop the screen the user is on. */
  isPackaged: boolean;
  /** Newest first, as settings keep them. */
  recentFiles: readonly RecentFile[];
  /** Posts a command to the window, which does the work (its store owns the draft, undo and navigation). */
  send: (command: MenuCommand) => void;
  /** Opens a recent draft file in the main process, as a double-click would. */
  openRecentFile: (path: string) => void;
  /** Empties the recent files list. */
  clearRecentFiles: () => void;
  /** Shows the library folder in the file manager; the window has no part in it. */
  showLibraryFolder: () => void;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

/** Commands that make sense with no window open (macOS keeps running without one); the others are dropped. */
export const COMMANDS_THAT_OPEN_A_WINDOW: readonly MenuCommand[] = ['new-response', 'import-consultation', 'open-draft-file', 'settings'];

function command(label: string, name: MenuCommand, accelerator: string | undefined, send: MenuOptions['send']): Item {
  return { id: name, label, ...(accelerator === undefined ? {} : { accelerator }), click: () => send(name) };
}

/** Windows and Linux read "&" in a label as a keyboard mnemonic, so a path like "R&D" must double it. */
function menuLabel(text: string, isMac: boolean): string {
  return isMac ? text : text.replaceAll('&', '&&');
}

function openRecentMenu(isMac: boolean, options: MenuOptions): Item {
  // The full path, not just the name: the same file name often sits both on a shared drive and locally.
  const items: Item[] = options.recentFiles.map((file) => ({
    label: menuLabel(file.exists ? file.path : `${file.path} (not found)`, isMac),
    enabled: file.exists,
    click: () => options.openRecentFile(file.path),
  }));
  if (items.length === 0) return { id: 'open-recent', label: 'Open recent', enabled: false, submenu: [] };
  return {
    id: 'open-recent',
    label: 'Open recent',
    submenu: [...items, { type: 'separator' }, { id: 'clear-recent', label: 'Clear recent', click: () => options.clearRecentFiles() }],
  };
}

function macAppMenu(options: MenuOptions): Item {
  return {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      command('Settings…', 'settings', 'CmdOrCtrl+,', options.send),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

function fileMenu(isMac: boolean, options: MenuOptions): Item {
  const { send } = options;
  return {
    label: 'File',
    submenu: [
      command('New response', 'new-response', 'CmdOrCtrl+N', send),
      command('Import consultation…', 'import-consultation', 'CmdOrCtrl+I', send),
      command('Open draft file…', 'open-draft-file', 'CmdOrCtrl+O', send),
      openRecentMenu(isMac, options),
      separator,
      command('Save a copy as…', 'save-copy-as', 'CmdOrCtrl+Shift+S', send),
      command('Export…', 'export', 'CmdOrCtrl+E', send),
      command('Print / Save as PDF…', 'print', 'CmdOrCtrl+P', send),
      separator,
      // On macOS, Settings lives in the app menu.
      ...(isMac ? [] : [command('Settings…', 'settings', 'CmdOrCtrl+,', send), separator]),
      // Ctrl+W puts the draft away and returns to the library, as closing a document does in an editor;
      // the window itself closes from its title bar or Window > Close window.
      command('Close draft', 'close-draft', 'CmdOrCtrl+W', send),
      ...(isMac ? [] : [separator, { role: 'quit' } satisfies Item]),
    ],
  };
}

function editMenu(platform: NodeJS.Platform, send: MenuOptions['send']): Item {
  const isMac = platform === 'darwin';
  return {
    label: 'Edit',
    submenu: [
      // Commands, not roles: undo and redo act on the whole draft through the window's store, across questions.
      command('Undo', 'undo', 'CmdOrCtrl+Z', send),
      command('Redo', 'redo', 'CmdOrCtrl+Shift+Z', send),
      // Windows users also expect Ctrl+Y; a menu item has one shortcut, so a hidden twin carries it.
      ...(platform === 'win32' ? [{ ...command('Redo', 'redo', 'Ctrl+Y', send), id: 'redo-ctrl-y', visible: false }] : []),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } satisfies Item] : []),
      { role: 'selectAll' },
      separator,
      command('Find in draft…', 'find', 'CmdOrCtrl+F', send),
      separator,
      // The page handles the shortcut itself (so it works the same in every window); the menu shows it.
      { ...command('Mark or unmark as confidential', 'toggle-confidential', 'CmdOrCtrl+Shift+M', send), registerAccelerator: false },
    ],
  };
}

function viewMenu(options: MenuOptions): Item {
  const development: Item[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  return {
    label: 'View',
    submenu: [
      ...development,
      command('Toggle preview', 'toggle-preview', 'CmdOrCtrl+Shift+P', options.send),
      separator,
      { role: 'resetZoom' },
      // People press Ctrl and the =/+ key without Shift; the hidden twin catches Ctrl+Shift+= (Plus) too.
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus', visible: false },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function windowMenu(isMac: boolean): Item {
  // Not role 'windowMenu': its Windows/Linux default adds a Close on Ctrl+W, which here closes the draft.
  const closeWindow: Item = { role: 'close', label: 'Close window', accelerator: 'CmdOrCtrl+Shift+W' };
  return {
    label: 'Window',
    role: 'window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, closeWindow, separator, { role: 'front' }]
      : [{ role: 'minimize' }, closeWindow],
  };
}

function helpMenu(isMac: boolean, options: MenuOptions): Item {
  const whereDrafts: Item = { id: 'show-library-folder', label: 'Where my drafts are kept', click: () => options.showLibraryFolder() };
  // macOS shows About in the app menu; elsewhere it belongs under Help.
  return {
    label: 'Help',
    role: 'help',
    submenu: isMac ? [whereDrafts] : [whereDrafts, separator, { role: 'about', label: `About ${options.appName}` }],
  };
}

/**
 * The application menu. Editing, zoom and window items are standard roles,
 * so every platform keeps its native behaviour; the app's own commands are
 * posted to the window as 'menu:command'.
 */
export function buildMenuTemplate(platform: NodeJS.Platform, options: MenuOptions): Item[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [macAppMenu(options)] : []),
    fileMenu(isMac, options),
    editMenu(platform, options.send),
    viewMenu(options),
    windowMenu(isMac),
    helpMenu(isMac, options),
  ];
}
