import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { DEFAULT_WINDOW_SIZE, type WindowPlacement } from './window-state';

/**
 * The page gets no Node, runs in Chromium's sandbox, and sees the main world
 * only through the preload's contextBridge.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** The part of BrowserWindow used here; Electron's class satisfies it. */
export interface LoadableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize?(): void;
  loadFile(filePath: string): Promise<void>;
  loadURL(url: string): Promise<void>;
}

export type RendererSource = { kind: 'file'; path: string } | { kind: 'url'; url: string };

export interface MainWindowOptions<W extends LoadableWindow> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  preloadPath: string;
  renderer: RendererSource;
  /** Where the window was last time (see window-state.ts); centred at the default size when absent. */
  placement?: WindowPlacement;
  /** Only needed on Linux in development; packaged apps take the icon from the executable. */
  icon?: string;
  onLoadFailed?: (error: unknown) => void;
}

/**
 * Creates the one app window and loads the built renderer.
 *
 * Closing needs no main-process round trip: the renderer flushes its autosave
 * on blur/visibilitychange, and with unsaved edits its beforeunload handler
 * cancels the close, saves, then calls window.close() itself. Electron cancels
 * such a close silently ('will-prevent-unload', deliberately not overridden
 * here), and main.ts finishes an interrupted quit and holds the quit until
 * in-flight IPC calls have finished.
 */
export function createMainWindow<W extends LoadableWindow>(options: MainWindowOptions<W>): W {
  const { maximised, ...bounds } = options.placement ?? { ...DEFAULT_WINDOW_SIZE, maximised: false };
  const window = new options.BrowserWindow({
    title: 'Consultation Response Drafter',
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.icon === undefined ? {} : { icon: options.icon }),
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  // Shown only once painted, so the user never sees a blank white frame.
  window.once('ready-to-show', () => {
    // Maximised before it is shown, so it does not appear small and then jump.
    if (maximised) window.maximize?.();
    window.show();
  });

  const loading =
    options.renderer.kind === 'file' ? window.loadFile(options.renderer.path) : window.loadURL(options.renderer.url);
  loading.catch((error: unknown) => options.onLoadFailed?.(error));
  return window;
}
