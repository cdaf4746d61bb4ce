import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  /** Reload and developer tools are for development only: a reload would drop the screen the user is on. */
  isPackaged: boolean;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

function macAppMenu(appName: string): Item {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
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

function fileMenu(isMac: boolean): Item {
  // On macOS, Quit lives in the app menu.
  return { label: 'File', submenu: isMac ? [{ role: 'close' }] : [{ role: 'close' }, separator, { role: 'quit' }] };
}

function editMenu(isMac: boolean): Item {
  return {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } satisfies Item] : []),
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(isPackaged: boolean): Item {
  const development: Item[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  return {
    label: 'View',
    submenu: [
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function windowMenu(isMac: boolean): Item {
  // Not role 'windowMenu': its Windows/Linux default adds a second Close (Ctrl+W), already in File.
  return {
    label: 'Window',
    role: 'window',
    submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }],
  };
}

/** The application menu: standard roles only, so every platform gets its native behaviour and shortcuts. */
export function buildMenuTemplate(platform: NodeJS.Platform, options: MenuOptions): Item[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [macAppMenu(options.appName)] : []),
    fileMenu(isMac),
    editMenu(isMac),
    viewMenu(options.isPackaged),
    windowMenu(isMac),
    // macOS shows About in the app menu; elsewhere it belongs under Help.
    ...(isMac ? [] : [{ label: 'Help', role: 'help', submenu: [{ role: 'about', label: `About ${options.appName}` }] } satisfies Item]),
  ];
}
