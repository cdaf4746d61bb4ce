import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, secureWebPreferences, type LoadableWindow } from '../../../electron/window';
import { navigationDecision, newWindowDecision, permissionDecision, redirectDecision } from '../../../electron/security';
import type { RendererLocation } from '../../../electron/trusted-sender';
import { expectSecurePreferences } from './secure-preferences';

const APP_URL = 'file:///opt/crd/resources/app.asar/out/renderer/index.html';
const LOCATION: RendererLocation = { appUrl: APP_URL, devServerUrl: null };

/** Where a page might try to go: none of these may be shown inside the app. */
const HOSTILE_URLS = [
  'https://evil.example/',
  'http://evil.example/',
  'file:///etc/passwd',
  'file:///opt/crd/resources/app.asar/out/renderer/other.html',
  'file://evil-server/opt/crd/resources/app.asar/out/renderer/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://evil.example/1234',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'smb://evil-server/share',
  'ms-msdt:/id PCWDiagnostic',
  'vbscript:msgbox(1)',
  'https://user:password@evil.example/',
  'not a url',
];

describe('the app window', () => {
  it('is created with isolation, the sandbox and web security on, and every Node door shut', () => {
    expectSecurePreferences(secureWebPreferences('/opt/crd/out/preload/preload.cjs'), '/opt/crd/out/preload/preload.cjs');
  });

  it('is handed those preferences by createMainWindow', () => {
    let options: BrowserWindowConstructorOptions | undefined;
    class FakeWindow implements LoadableWindow {
      constructor(given: BrowserWindowConstructorOptions) {
        options = given;
      }
      once() {
        return this;
      }
      show() {}
      loadFile() {
        return Promise.resolve();
      }
      loadURL() {
        return Promise.resolve();
      }
    }
    createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/p/preload.cjs', renderer: { kind: 'file', path: '/p/index.html' } });
    expectSecurePreferences(options?.webPreferences, '/p/preload.cjs');
  });
});

describe('navigation, new windows and permissions', () => {
  it('never shows anything but the app page inside the window', () => {
    for (const url of HOSTILE_URLS) {
      expect(navigationDecision(url, LOCATION), url).not.toBe('allow');
      expect(redirectDecision(url, LOCATION), url).toBe('deny');
    }
    expect(navigationDecision(`${APP_URL}#/library`, LOCATION)).toBe('allow');
  });

  it('opens only https and mailto links outside, and nothing that runs code or reaches the file system', () => {
    for (const url of HOSTILE_URLS) {
      const decision = newWindowDecision(url);
      expect(decision === 'deny' || url.startsWith('https://evil.example/'), url).toBe(true);
    }
    expect(newWindowDecision('https://user:password@evil.example/')).toBe('deny');
    expect(newWindowDecision('mailto:consultations@smartdcc.co.uk')).toBe('open-externally');
    expect(newWindowDecision(APP_URL)).toBe('deny');
  });

  it('refuses every permission a page can ask for', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'pointerLock', 'hid', 'serial', 'usb', 'fileSystem', 'unknown']) {
      expect(permissionDecision(permission), permission).toBe(false);
    }
  });
});
