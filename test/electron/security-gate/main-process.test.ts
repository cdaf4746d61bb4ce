import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { electronState, type FakeContents } from './fake-electron';
import { expectSecurePreferences } from './secure-preferences';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

/**
 * electron/main.ts itself, started as the app starts it (under a stand-in for
 * Electron), so what it installs and whom it trusts is what is tested — not a
 * copy of its wiring.
 */
const APP_PAGE = pathToFileURL(resolve(import.meta.dirname, '../../../renderer/index.html')).href;

let scratch: string;
let page: FakeContents;
let guardedBeforeReady = false;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'crd-main-'));
  electronState.userData = join(scratch, 'user-data');
  process.env['CRD_LIBRARY_FOLDER'] = join(scratch, 'library');
  await import('../../../electron/main');
  guardedBeforeReady = electronState.app.listenerCount('web-contents-created') > 0;
  electronState.ready?.();
  await vi.waitFor(() => expect(electronState.windows).toHaveLength(1), { timeout: 40_000 });
  await vi.waitFor(() => expect(electronState.windows[0]!.contents.guardedWhenLoaded).not.toBeNull(), { timeout: 40_000 });
  page = electronState.windows[0]!.contents;
  // Importing main.ts loads every service module: slow on a busy machine.
}, 60_000);

afterAll(async () => {
  delete process.env['CRD_LIBRARY_FOLDER'];
  await rm(scratch, { recursive: true, force: true });
});

const navigation = (url: string) => ({ url, preventDefault: vi.fn() });
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('the main process as main.ts starts it', () => {
  it('starts without error, and guards pages before the app is even ready', () => {
    expect(electronState.startupErrors).toEqual([]);
    expect(guardedBeforeReady).toBe(true);
  });

  it('opens its window with the secure preferences and its own preload script', () => {
    expectSecurePreferences(electronState.windows[0]!.options.webPreferences, resolve(import.meta.dirname, '../../../preload/preload.cjs'));
  });

  it('has guarded the window before its page began to load', () => {
    expect(page.guardedWhenLoaded).toBe(true);
  });

  it('makes no new window from window.open, and hands an https link to the browser', () => {
    expect(page.windowOpenHandler?.({ url: 'https://www.smartdcc.co.uk/' })).toEqual({ action: 'deny' });
    expect(page.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(page.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electronState.openedExternally).toContain('https://www.smartdcc.co.uk/');
    expect(electronState.openedExternally).not.toContain('file:///etc/passwd');
  });

  it('keeps the window on the app page: navigation and redirects elsewhere are stopped, webviews refused', () => {
    const hostile = ['file:///etc/passwd', 'https://evil.example/', 'data:text/html,<script>alert(1)</script>', APP_PAGE.replace('index.html', 'evil.html')];
    for (const url of hostile) {
      const navigating = navigation(url);
      const redirected = navigation(url);
      page.emit('will-navigate', navigating);
      page.emit('will-redirect', redirected);
      expect({ url, navigation: navigating.preventDefault.mock.calls.length > 0, redirect: redirected.preventDefault.mock.calls.length > 0 }).toEqual({ url, navigation: true, redirect: true });
    }
    const home = navigation(`${APP_PAGE}#/library`);
    page.emit('will-navigate', home);
    expect(home.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    page.emit('will-attach-webview', webview, {}, { src: 'https://evil.example/' });
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('refuses every permission a page asks for or checks', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'usb']) {
      const answer = vi.fn();
      page.session.permissionRequestHandler?.(page, permission, answer);
      expect({ permission, answers: answer.mock.calls }).toEqual({ permission, answers: [[false]] });
      expect(page.session.permissionCheckHandler?.(page, permission), permission).toBe(false);
    }
    expect(page.session.deviceHandler?.({})).toBe(false);
  });

  it("adds the Content-Security-Policy header to the app's own page", () => {
    const respond = vi.fn();
    page.session.headersListener?.({ url: APP_PAGE, resourceType: 'mainFrame', responseHeaders: {} }, respond);
    expect(respond).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});

/** Senders that must never reach a service: other local files first, since the app page is a file too. */
const UNTRUSTED_SENDERS: Array<[string, ReturnType<typeof frame>]> = [
  ['another local file', frame('file:///etc/passwd')],
  ['a downloaded page', frame('file:///home/priya/Downloads/consultation.html')],
  ['a file beside the app page', frame(APP_PAGE.replace('index.html', 'evil.html'))],
  ['the app path on a network share', frame(APP_PAGE.replace('file:///', 'file://evil-server/'))],
  ['a web page', frame('https://evil.example/')],
  ['a dev server', frame('http://localhost:5173/')],
  ['a data: URL', frame('data:text/html,<script>drafter.delete()</script>')],
  ['about:blank', frame('about:blank')],
  ['a frame inside the app page', frame(APP_PAGE, { url: APP_PAGE })],
  ['a frame that has gone', { senderFrame: null } as unknown as ReturnType<typeof frame>],
];

describe('calls from the window, as main.ts registers them', () => {
  it('answers every channel of the contract', () => {
    expect([...electronState.ipcListeners.keys()].sort()).toEqual([...channels].sort());
  });

  it("answers the app's own page, whatever screen it shows", async () => {
    const listener = electronState.ipcListeners.get('app:info')!;
    expect(await listener(frame(`${APP_PAGE}#/draft/x`), undefined)).toEqual({ ok: true, value: { version: '0.0.0-main-test', libraryFolder: join(scratch, 'library') } });
  });

  it('refuses any other sender, local files included, on every channel', async () => {
    const answered: string[] = [];
    for (const channel of channels) {
      for (const [who, event] of UNTRUSTED_SENDERS) {
        const result = (await electronState.ipcListeners.get(channel)!(event, undefined)) as { ok: boolean; error?: { code: string } };
        if (result.ok || result.error?.code !== 'untrusted-sender') answered.push(`${channel} from ${who}`);
      }
    }
    expect(answered).toEqual([]);
  });
});
