import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type InvokeEventLike, type IpcMainLike } from '../../../electron/ipc';
import { createIpcHandlers } from '../../../electron/ipc-handlers';
import { isTrustedSenderUrl, type RendererLocation } from '../../../electron/trusted-sender';
import { channels, type IpcResult } from '../../../shared/ipc';
import { untouchableServices } from './untouchable-services';
import { VALID_ARGUMENTS } from './valid-arguments';

// electron/ipc.ts also imports Electron's own ipcMain, which cannot load outside Electron.
vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));

const APP_URL = 'file:///opt/Consultation%20Response%20Drafter/resources/app.asar/out/renderer/index.html';
const LOCATION: RendererLocation = { appUrl: APP_URL, devServerUrl: null };
type Listener = (event: InvokeEventLike, args: unknown) => Promise<IpcResult<unknown>>;

function registered() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const { services, touched } = untouchableServices();
  // The sender gate in electron/ipc.ts; main-process.test.ts checks the rule main.ts itself passes it.
  registerIpcHandlers(ipcMain, createIpcHandlers(services), (url) => isTrustedSenderUrl(url, LOCATION));
  return { listeners, touched };
}

const frame = (url: string, parent: unknown = null): InvokeEventLike => ({ senderFrame: { url, parent } });

/** Senders a hostile page, an injected frame or a navigated window might call from. */
const UNTRUSTED: Array<[string, InvokeEventLike]> = [
  ['a web page', frame('https://evil.example/')],
  ['a web page claiming the app path', frame('https://evil.example/out/renderer/index.html')],
  ['another local file', frame('file:///etc/passwd')],
  ['a file next to the app', frame('file:///opt/Consultation%20Response%20Drafter/resources/app.asar/out/renderer/evil.html')],
  ['the app path on a network share', frame('file://evil-server/opt/Consultation%20Response%20Drafter/resources/app.asar/out/renderer/index.html')],
  ['a dev server that is not running', frame('http://localhost:5173/')],
  ['a data: URL', frame('data:text/html,<script>drafter.delete()</script>')],
  ['about:blank', frame('about:blank')],
  ['a javascript: URL', frame('javascript:alert(1)')],
  ['DevTools', frame('devtools://devtools/bundled/inspector.html')],
  ['an unparseable URL', frame('not a url')],
  ['a sub-frame of the app itself', frame(APP_URL, { url: APP_URL })],
  ['a frame that is gone', { senderFrame: null }],
];

describe('calls from a sender that is not the app page', () => {
  it('are refused on every channel with untrusted-sender, before any service runs, even with valid arguments', async () => {
    const { listeners, touched } = registered();
    expect([...listeners.keys()].sort()).toEqual([...channels].sort());
    const accepted: string[] = [];
    for (const channel of channels) {
      for (const [who, event] of UNTRUSTED) {
        const result = await listeners.get(channel)!(event, VALID_ARGUMENTS[channel]);
        if (result.ok || result.error.code !== 'untrusted-sender') accepted.push(`${channel} from ${who}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(touched).toEqual([]);
  });

  it('are passed on from the app page itself, whatever screen it shows (the positive control)', async () => {
    const { listeners, touched } = registered();
    const result = await listeners.get('app:info')!(frame(`${APP_URL}#/draft/gate-draft/question%3Adates-q1`), undefined);
    expect(result).toEqual({ ok: true, value: { version: '0.0.0-gate', libraryFolder: '/library' } });
    expect(touched).toEqual([]);
  });
});
