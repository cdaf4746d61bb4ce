import { mkdir } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, screen, session, shell, utilityProcess } from 'electron';
import type { MenuCommand } from '../shared/ipc';
import { attachContextMenu } from './context-menu';
import { buildDesktopServices } from './desktop-services';
import { withEarlyListing } from './services/early-listing';
import { createDraftFileOpener } from './draft-file-opener';
import { createIpcHandlers, type IpcHandlers } from './ipc-handlers';
import { registerMainIpc, type IpcRegistration } from './ipc';
import { buildMenuTemplate, COMMANDS_THAT_OPEN_A_WINDOW } from './menu';
import { changesRecentFiles, createMenuRefresher, type MenuRefresher } from './menu-refresh';
import { draftPathsFromArgv } from './open-files';
import { installSecurityHooks } from './security';
import { listenForDraftFiles, type DraftFileLaunches } from './single-instance';
import { setUpBritishSpelling } from './spelling';
import { isTrustedSenderUrl, type RendererLocation } from './trusted-sender';
import { createMainWindow } from './window';
import { createWindowMessages } from './window-messages';
import { createWindowStateStore, restoreBounds, trackWindowState, type Area } from './window-state';
import { createIsolatedWorker } from './services/worker/isolated-worker';
import { residentBytesFromMetrics, utilityWorkerLauncher } from './utility-worker';

const APP_ID = 'uk.co.consultation-response-drafter.app';
/** How long quitting waits for a last autosave still being written. */
const QUIT_GRACE_MS = 5_000;
/** A shared drive that does not answer must not hold the quit up for long. */
const LEAVE_GRACE_MS = 2_000;

const here = import.meta.dirname;
const preloadPath = join(here, '../preload/preload.cjs');
const workerPath = join(here, 'worker-entry.js');
/** How long after start-up the worker is started, so the window's own loading comes first. */
const PREWARM_DELAY_MS = 2_000;
const rendererPath = join(here, '../renderer/index.html');
// Configuration is read here only; a packaged app ignores the dev server.
const devServerUrl = app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null);
const libraryOverride = process.env['CRD_LIBRARY_FOLDER'] ?? null;

const location: RendererLocation = { appUrl: pathToFileURL(rendererPath).href, devServerUrl };
const messages = createWindowMessages();
const windowState = createWindowStateStore({ path: join(app.getPath('userData'), 'window-state.json') });

let mainWindow: BrowserWindow | null = null;
let quitting = false;
let resumeQuitOnClose = false;

function dialogParent(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function findDraftPaths(argv: readonly string[], cwd: string): string[] {
  return draftPathsFromArgv(argv, cwd, { platform: process.platform, isFile });
}

/** Work areas of the displays there are now, primary first. */
function workAreas(): Area[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
}

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({
    BrowserWindow,
    preloadPath,
    renderer: devServerUrl === null ? { kind: 'file', path: rendererPath } : { kind: 'url', url: devServerUrl },
    placement: restoreBounds(windowState.latest(), workAreas()),
    onLoadFailed: (error) => console.error('The app window could not load its page:', error),
  });
  const contents = window.webContents;
  trackWindowState(window, windowState);
  attachContextMenu(
    contents,
    (template) => Menu.buildFromTemplate(template).popup({ window }),
    () => sendMenuCommand('toggle-confidential'),
  );
  messages.pageLoading(contents);
  contents.on('did-start-navigation', (details) => {
    // A reload starts a page that is not listening yet; moving between screens (#hash) does not.
    if (details.isMainFrame && !details.isSameDocument) messages.pageLoading(contents);
  });
  window.on('closed', () => {
    if (mainWindow !== window) return;
    mainWindow = null;
    messages.windowClosed();
  });
  finishInterruptedQuit(window);
  mainWindow = window;
  return window;
}

/** Creates, restores or raises the window. A window still loading shows and focuses itself once painted. */
function showMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    openMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  if (mainWindow.isVisible()) mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow === null) {
    if (!COMMANDS_THAT_OPEN_A_WINDOW.includes(command)) return;
    showMainWindow();
  }
  messages.post('menu:command', command);
}

function showError(message: string, detail: string): void {
  const parent = dialogParent();
  const options = { type: 'error' as const, message, detail };
  void (parent === null ? dialog.showMessageBox(options) : dialog.showMessageBox(parent, options));
}

async function showLibraryFolder(folder: string): Promise<void> {
  try {
    // A new library has no folder until the first draft is saved.
    await mkdir(folder, { recursive: true });
    const problem = await shell.openPath(folder);
    if (problem !== '') throw new Error(problem);
  } catch (error) {
    showError('The drafts folder could not be shown', `Your drafts are kept in ${folder}. (${String(error)})`);
  }
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

/**
 * Quitting waits (briefly) for a last autosave and for the window's place to reach the disk, then tells
 * colleagues this person has closed their shared drafts (else they would see them present for a while yet).
 */
function holdQuitForPendingWrites(ipc: IpcRegistration, leaveDrafts: () => Promise<void>): void {
  let waited = false;
  app.on('will-quit', (event) => {
    if (waited) return;
    event.preventDefault();
    waited = true;
    const leaving = () => Promise.race([leaveDrafts().catch(() => undefined), new Promise((done) => setTimeout(done, LEAVE_GRACE_MS))]);
    void Promise.all([ipc.whenIdle(QUIT_GRACE_MS), windowState.flush()]).then(leaving).then(() => app.quit());
  });
}

function applicationMenu(handlers: IpcHandlers, libraryFolder: string, openRecentFile: (path: string) => void, clearRecentFiles: () => Promise<unknown>): MenuRefresher {
  const refresher: MenuRefresher = createMenuRefresher({
    // The same list the window shows, from the same handler.
    loadRecentFiles: async () => {
      const recent = await handlers['recent:list'](undefined);
      return recent.ok ? recent.value : [];
    },
    apply: (recentFiles) => {
      const template = buildMenuTemplate(process.platform, {
        appName: app.getName(),
        isPackaged: app.isPackaged,
        recentFiles,
        send: sendMenuCommand,
        openRecentFile,
        clearRecentFiles: () => void clearRecentFiles().then(() => refresher.refresh()),
        showLibraryFolder: () => void showLibraryFolder(libraryFolder),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    },
  });
  return refresher;
}

async function start(launches: DraftFileLaunches): Promise<void> {
  // Before any window exists, so no page is ever unguarded.
  installSecurityHooks({ app, openExternal: (url) => shell.openExternal(url), location });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() });
  setUpBritishSpelling(session.defaultSession, process.platform, (message) => console.warn(message));

  // Imports and exports run in a utility process with a memory cap and time limits (electron/services/worker).
  const worker = createIsolatedWorker({
    launch: utilityWorkerLauncher({
      fork: (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
      script: workerPath,
      residentBytesOf: (pid) => residentBytesFromMetrics(app.getAppMetrics(), pid),
    }),
  });
  app.on('will-quit', () => void worker.close());
  setTimeout(() => void worker.prewarm(), PREWARM_DELAY_MS);

  const built = buildDesktopServices({
    userData: app.getPath('userData'),
    documents: app.getPath('documents'),
    libraryOverride,
    appVersion: app.getVersion(),
    showOpenDialog: (options) => {
      const parent = dialogParent();
      return parent === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(parent, options);
    },
    showSaveDialog: (options) => {
      const parent = dialogParent();
      return parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options);
    },
    openPath: (path) => shell.openPath(path),
    printTarget: () => mainWindow?.webContents ?? null,
    worker,
    reportProgress: (progress) => messages.post('work:progress', progress),
    reportDraftChanged: (draftId) => messages.post('draft:changed', { draftId }),
  });
  // The library is read while the window is made and its page loads, so the first screen's list is ready sooner.
  const services = { ...built, library: withEarlyListing(built.library) };
  const handlers = createIpcHandlers(services);
  const opener = createDraftFileOpener({
    library: services.library,
    settings: services.settings,
    messages,
    showWindow: showMainWindow,
    recentFilesChanged: () => void menu.refresh(),
    reportProblem: (_path, message) => showError('The draft file could not be opened', message),
  });
  const menu = applicationMenu(handlers, services.library.folder, (path) => void opener.open(path), () => services.settings.clearRecentFiles());
  await menu.refresh();

  const ipc = registerMainIpc(handlers, (url) => isTrustedSenderUrl(url, location), {
    onCall: () => messages.pageCalled(),
    onResult: (channel, result) => {
      if (changesRecentFiles(channel, result)) void menu.refresh();
    },
  });
  holdQuitForPendingWrites(ipc, () => services.library.leaveAll());

  await windowState.load();
  // A second launch during startup may already have made it.
  if (mainWindow === null) openMainWindow();
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow();
  });
  await launches.start((path) => opener.open(path));
}

// A second copy would write the same library files at the same time: it hands its files to the first and quits.
if (app.requestSingleInstanceLock()) {
  // Now, before 'ready': macOS may hand over the double-clicked file that started the app very early.
  const launches = listenForDraftFiles({ app, argv: process.argv, cwd: process.cwd(), draftPaths: findDraftPaths, showWindow: showMainWindow });
  start(launches).catch((error: unknown) => {
    console.error('The app could not start:', error);
    dialog.showErrorBox('Consultation Response Drafter could not start', String(error));
    app.exit(1);
  });
} else {
  app.quit();
}
