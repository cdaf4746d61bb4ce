import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App, HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  externalUrlAllowed,
  headersWithPolicy,
  installSecurityHooks,
  navigationDecision,
  newWindowDecision,
  permissionDecision,
  redirectDecision,
} from '../../../electron/security';
import type { RendererLocation } from '../../../electron/trusted-sender';

const appUrl = pathToFileURL('/opt/crd/resources/app.asar/out/renderer/index.html').href;
const location: RendererLocation = { appUrl, devServerUrl: null };

describe('where the window may go', () => {
  it("stays on the app's own page", () => {
    expect(navigationDecision(appUrl, location)).toBe('allow');
    expect(navigationDecision(`${appUrl}#/drafts/sample-draft`, location)).toBe('allow');
    expect(redirectDecision(appUrl, location)).toBe('allow');
  });

  it('never shows another page inside the app', () => {
    const elsewhere = [
      'https://www.smartdcc.co.uk/consultations',
      'http://example.com/',
      'file:///etc/passwd',
      appUrl.replace('index.html', 'evil.html'),
      'javascript:alert(document.domain)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:consultations@smartdcc.co.uk',
      'about:blank',
      'not a url',
    ];
    for (const url of elsewhere) {
      expect(navigationDecision(url, location), url).not.toBe('allow');
      expect(redirectDecision(url, location), url).toBe('deny');
    }
  });

  it("opens followed https and mailto links in the user's browser or mail client", () => {
    expect(navigationDecision('https://www.smartdcc.co.uk/consultations', location)).toBe('open-externally');
    expect(navigationDecision('mailto:consultations@smartdcc.co.uk', location)).toBe('open-externally');
    expect(newWindowDecision('https://www.ofgem.gov.uk/')).toBe('open-externally');
    expect(newWindowDecision('mailto:consultations@smartdcc.co.uk?subject=Response')).toBe('open-externally');
  });

  it('opens nothing else outside the app', () => {
    const disguised = ['https://www.smartdcc.co.uk@evil.example/', 'https://:secret@bank.example/', 'https://user@bank.example/'];
    for (const url of ['http://example.com/', 'file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'https://user:pass@bank.example/', ...disguised, appUrl, '']) {
      expect(externalUrlAllowed(url), url).toBe(false);
      expect(newWindowDecision(url), url).toBe('deny');
    }
    expect(navigationDecision('http://example.com/', location)).toBe('deny');
  });
});

describe('permissions', () => {
  it('refuses every permission a page can ask for', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid', 'serial', 'usb', 'unknown']) {
      expect(permissionDecision(permission), permission).toBe(false);
    }
  });
});

describe('the content security policy', () => {
  it('is the same policy as the meta tag in renderer/index.html', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no inline or evaluated script', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });

  it("is added as a header to the app's own documents only", () => {
    expect(headersWithPolicy({ url: appUrl, resourceType: 'mainFrame', responseHeaders: { 'X-Test': ['1'] } })).toEqual({
      'X-Test': ['1'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(headersWithPolicy({ url: appUrl.replace('index.html', 'assets/app.js'), resourceType: 'script' })).toBeNull();
    expect(headersWithPolicy({ url: 'http://localhost:5173/', resourceType: 'mainFrame' })).toBeNull();
    // A frame inside the page is a document too.
    expect(headersWithPolicy({ url: appUrl, resourceType: 'subFrame' })).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

/** Just enough of WebContents and Session to watch the hook at work. */
function fakeContents() {
  const permissionRequest = vi.fn();
  const permissionCheck = vi.fn();
  const headers = vi.fn();
  const session = {
    setPermissionRequestHandler: permissionRequest,
    setPermissionCheckHandler: permissionCheck,
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: headers },
  };
  const contents = Object.assign(new EventEmitter(), {
    session,
    windowOpenHandler: null as ((details: HandlerDetails) => WindowOpenHandlerResponse) | null,
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
      contents.windowOpenHandler = handler;
    },
  });
  return { contents, session, permissionRequest, permissionCheck, headers };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function installed() {
  const app = new EventEmitter();
  const openExternal = vi.fn(async (_url: string) => undefined);
  installSecurityHooks({ app: app as unknown as Pick<App, 'on'>, openExternal, location });
  const page = fakeContents();
  app.emit('web-contents-created', {}, page.contents);
  return { app, openExternal, ...page };
}

describe('the web-contents-created hook', () => {
  it('denies window.open and hands https links to the browser', () => {
    const { contents, openExternal } = installed();
    const open = (url: string) => contents.windowOpenHandler?.({ url } as HandlerDetails);
    expect(open('https://www.smartdcc.co.uk/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.smartdcc.co.uk/']]);
  });

  it('stops navigation away from the app and opens https links outside', () => {
    const { contents, openExternal } = installed();
    const away = navigationEvent('https://www.smartdcc.co.uk/');
    const hostile = navigationEvent('file:///home/priya/evil.html');
    const home = navigationEvent(appUrl);
    contents.emit('will-navigate', away);
    contents.emit('will-navigate', hostile);
    contents.emit('will-navigate', home);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(hostile.preventDefault).toHaveBeenCalled();
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(openExternal.mock.calls).toEqual([['https://www.smartdcc.co.uk/']]);
  });

  it('stops redirects and webviews', () => {
    const { contents, openExternal } = installed();
    const redirect = navigationEvent('https://tracker.example/');
    const webview = { preventDefault: vi.fn() };
    const backHome = navigationEvent(`${appUrl}#/library`);
    contents.emit('will-redirect', redirect);
    contents.emit('will-redirect', backHome);
    contents.emit('will-attach-webview', webview, {}, { src: 'https://example.com' });
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(backHome.preventDefault).not.toHaveBeenCalled();
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('sets deny-by-default permission handlers and the CSP header on the page session once', () => {
    const { app, contents, session, permissionRequest, permissionCheck, headers } = installed();
    app.emit('web-contents-created', {}, contents);
    expect(permissionRequest).toHaveBeenCalledOnce();
    expect(permissionCheck).toHaveBeenCalledOnce();

    const callback = vi.fn();
    const onRequest = permissionRequest.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    onRequest(contents, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const onCheck = permissionCheck.mock.calls[0]?.[0] as (c: unknown, p: string) => boolean;
    expect(onCheck(contents, 'notifications')).toBe(false);

    const onHeaders = headers.mock.calls[0]?.[1] as (details: object, cb: (response: object) => void) => void;
    const respond = vi.fn();
    onHeaders({ url: appUrl, resourceType: 'mainFrame', responseHeaders: {} }, respond);
    expect(respond).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    // Anything else passes through as it came.
    const untouched = vi.fn();
    onHeaders({ url: appUrl.replace('index.html', 'assets/app.js'), resourceType: 'script', responseHeaders: { 'X-Test': ['1'] } }, untouched);
    expect(untouched).toHaveBeenCalledWith({});

    // No USB, serial or HID device is ever granted.
    const onDevice = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(onDevice()).toBe(false);
  });
});
