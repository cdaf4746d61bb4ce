import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session, shell, type OpenDialogOptions } from 'electron';
import { AppError } from '../shared/app-error';
import { createIpcHandlers } from './ipc-handlers';
import { registerMainIpc, type IpcRegistration } from './ipc';
import { buildMenuTemplate } from './menu';
import { installSecurityHooks } from './security';
import { isTrustedSenderUrl, type RendererLocation } from './trusted-sender';
import { createMainWindow } from './window';
import type { Dialogs, DesktopShell, Services } from './services/contracts';
import { createDraftLibrary } from './services/draft-library';
import { createConsultationImporter } from './services/import/importer';
import { createDraftExporter } from './services/export/draft-exporter';

const APP_ID = 'uk.co.consultation-response-drafter.app';
/** How long quitting waits for a last autosave still being written. */
const QUIT_GRACE_MS = 5_000;

const here = import.meta.dirname;
const preloadPath = join(here, '../preload/preload.cjs');
const rendererPath = join(here, '../renderer/index.html');
// Configuration is read here only; a packaged app ignores the dev server.
const devServerUrl = app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null);
const libraryOverride = process.env['CRD_LIBRARY_FOLDER'] ?? null;

const location: RendererLocation = { appUrl: pathToFileURL(rendererPath).href, devServerUrl };

let mainWindow: BrowserWindow | null = null;
let quitting = false;
let resumeQuitOnClose = false;

function dialogParent(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

async function showOpenDialog(options: OpenDialogOptions): Promise<string | null> {
  const parent = dialogParent();
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const dialogs: Dialogs = {
  chooseImportFile: () =>
    showOpenDialog({
      title: 'Import a consultation',
      buttonLabel: 'Import',
      properties: ['openFile'],
      filters: [{ name: 'Consultation documents', extensions: ['docx', 'pdf', 'txt', 'md'] }],
    }),
  chooseExportFolder: (defaultPath) =>
    showOpenDialog({
      title: 'Choose a folder for the exported files',
      buttonLabel: 'Choose folder',
      defaultPath: defaultPath ?? app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    }),
};

const desktopShell: DesktopShell = {
  async openPath(path) {
    const problem = await shell.openPath(path);
    if (problem !== '') {
      throw new AppError('io', `The file could not be opened (${problem}). Open it from its folder instead: ${path}`);
    }
  },
};

function buildServices(): Services {
  const folder = libraryOverride ?? join(app.getPath('userData'), 'library');
  return {
    library: createDraftLibrary({ folder }),
    importer: createConsultationImporter(),
    exporter: createDraftExporter(),
    dialogs,
    shell: desktopShell,
    clock: () => new Date(),
    appVersion: app.getVersion(),
  };
}

function openMainWindow(): void {
  const window = createMainWindow({
    BrowserWindow,
    preloadPath,
    renderer: devServerUrl === null ? { kind: 'file', path: rendererPath } : { kind: 'url', url: devServerUrl },
    onLoadFailed: (error) => console.error('The app window could not load its page:', error),
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  finishInterruptedQuit(window);
  mainWindow = window;
}

function focusMainWindow(): void {
  if (mainWindow === null) return openMainWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/**
 * A page with unsaved edits cancels the close that a quit starts, saves, then
 * closes itself. Elsewhere the last window closing quits anyway; on macOS the
 * app would stay running, so finish the quit the user asked for.
 */
function finishInterruptedQuit(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', () => {
    if (!quitting) return;
    quitting = false;
    resumeQuitOnClose = true;
  });
  window.on('closed', () => {
    if (resumeQuitOnClose && process.platform === 'darwin') app.quit();
  });
}

function holdQuitForPendingSaves(ipc: IpcRegistration): void {
  let waited = false;
  app.on('will-quit', (event) => {
    if (waited || !ipc.busy) return;
    event.preventDefault();
    waited = true;
    void ipc.whenIdle(QUIT_GRACE_MS).then(() => app.quit());
  });
}

/** macOS always uses the system's languages; elsewhere ask for British English where a dictionary exists. */
function setBritishSpelling(): void {
  if (process.platform === 'darwin') return;
  try {
    session.defaultSession.setSpellCheckerLanguages(['en-GB']);
  } catch (error) {
    console.warn('British English spell checking is not available:', error);
  }
}

async function start(): Promise<void> {
  // Before any window exists, so no page is ever unguarded.
  installSecurityHooks({ app, openExternal: (url) => shell.openExternal(url), location });
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() });
  setBritishSpelling();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(process.platform, { appName: app.getName(), isPackaged: app.isPackaged })),
  );

  const ipc = registerMainIpc(createIpcHandlers(buildServices()), (url) => isTrustedSenderUrl(url, location));
  holdQuitForPendingSaves(ipc);

  openMainWindow();
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow();
  });
}

// A second copy would write the same library files at the same time; hand over to the first.
if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    console.error('The app could not start:', error);
    dialog.showErrorBox('Consultation Response Drafter could not start', String(error));
    app.exit(1);
  });
} else {
  app.quit();
}
