import { EventEmitter } from 'node:events';

/**
 * Just enough of Electron for electron/main.ts to start under Node: the parts
 * the security tests look at are real recorders (app events, ipcMain.handle,
 * each window's web contents and session); anything else main.ts touches is a
 * harmless stand-in, so a new menu item or dialog does not break these tests.
 */
type Recorder = ((...args: unknown[]) => unknown) & { readonly [key: string]: Recorder };

/** A stand-in that accepts any call or property access and is never a promise. */
function standIn(): Recorder {
  const cache = new Map<PropertyKey, Recorder>();
  const target = () => undefined;
  return new Proxy(target, {
    get: (_target, property) => {
      if (property === 'then') return undefined;
      if (property === Symbol.toPrimitive) return () => '';
      if (!cache.has(property)) cache.set(property, standIn());
      return cache.get(property);
    },
    apply: () => standIn(),
    construct: () => standIn(),
  }) as unknown as Recorder;
}

/** An object whose own members are real and whose missing ones are stand-ins. */
function withStandIns<T extends object>(real: T): T {
  return new Proxy(real, {
    get: (target, property, receiver) => (property in target ? Reflect.get(target, property, receiver) : property === 'then' ? undefined : standIn()),
  });
}

export interface FakeSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | null;
  deviceHandler: ((details: unknown) => boolean) | null;
  headersListener: ((details: object, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void) | null;
}

export interface FakeContents extends EventEmitter {
  session: FakeSession;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  /** Whether the page was guarded (window.open and navigation hooks in place) when it began to load. */
  guardedWhenLoaded: boolean | null;
}

function fakeSession(): FakeSession {
  const session: FakeSession = { permissionRequestHandler: null, permissionCheckHandler: null, deviceHandler: null, headersListener: null };
  return withStandIns(
    Object.assign(session, {
      setPermissionRequestHandler: (handler: FakeSession['permissionRequestHandler']) => void (session.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler: FakeSession['permissionCheckHandler']) => void (session.permissionCheckHandler = handler),
      setDevicePermissionHandler: (handler: FakeSession['deviceHandler']) => void (session.deviceHandler = handler),
      webRequest: { onHeadersReceived: (_filter: unknown, listener: FakeSession['headersListener']) => void (session.headersListener = listener) },
      availableSpellCheckerLanguages: ['en-GB', 'en-US'],
    }),
  );
}

export type InvokeListener = (event: { senderFrame: { url: string; parent: unknown } | null }, args: unknown) => Promise<unknown>;

export const electronState = {
  app: new EventEmitter(),
  ready: null as (() => void) | null,
  userData: '',
  startupErrors: [] as string[],
  ipcListeners: new Map<string, InvokeListener>(),
  openedExternally: [] as string[],
  windows: [] as Array<{ contents: FakeContents; options: { webPreferences?: object } }>,
};

const pageSession = fakeSession();

function fakeContents(): FakeContents {
  const contents = Object.assign(new EventEmitter(), {
    session: pageSession,
    windowOpenHandler: null as FakeContents['windowOpenHandler'],
    guardedWhenLoaded: null as boolean | null,
    setWindowOpenHandler(handler: FakeContents['windowOpenHandler']) {
      contents.windowOpenHandler = handler;
    },
    send: () => undefined,
  });
  return withStandIns(contents);
}

class FakeBrowserWindow extends EventEmitter {
  static getFocusedWindow(): null {
    return null;
  }
  readonly webContents = fakeContents();
  constructor(options: { webPreferences?: object }) {
    super();
    electronState.windows.push({ contents: this.webContents, options });
    // As Electron does: the window's page exists, and the app hears of it, before anything loads.
    electronState.app.emit('web-contents-created', {}, this.webContents);
    return withStandIns(this);
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  isVisible = () => true;
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 10, y: 10, width: 1200, height: 800 });
  loadFile = async () => {
    const contents = this.webContents;
    contents.guardedWhenLoaded = contents.windowOpenHandler !== null && contents.listenerCount('will-navigate') > 0;
  };
  loadURL = this.loadFile;
}

const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };

const app = withStandIns(
  Object.assign(electronState.app, {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    whenReady: () => new Promise<void>((resolve) => (electronState.ready = resolve)),
    getPath: () => electronState.userData,
    getName: () => 'Consultation Response Drafter',
    getVersion: () => '0.0.0-main-test',
    exit: (code: number) => void electronState.startupErrors.push(`app.exit(${code})`),
  }),
);

export const fakeElectron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  dialog: withStandIns({
    showErrorBox: (title: string, detail: string) => void electronState.startupErrors.push(`${title}: ${detail}`),
  }),
  Menu: standIn(),
  screen: withStandIns({ getPrimaryDisplay: () => display, getAllDisplays: () => [display] }),
  session: { defaultSession: fakeSession() },
  shell: withStandIns({
    openExternal: async (url: string) => void electronState.openedExternally.push(url),
    openPath: async () => '',
  }),
  ipcMain: { handle: (channel: string, listener: InvokeListener) => void electronState.ipcListeners.set(channel, listener) },
};
