import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl, type RendererLocation } from '../../../electron/trusted-sender';

const appUrl = pathToFileURL('/opt/Consultation Response Drafter/resources/app.asar/out/renderer/index.html').href;
const built: RendererLocation = { appUrl, devServerUrl: null };
const dev: RendererLocation = { appUrl, devServerUrl: 'http://localhost:5173/' };

describe('which pages may call the main process', () => {
  it("trusts the app's own built page, whatever screen it is showing", () => {
    expect(isTrustedSenderUrl(appUrl, built)).toBe(true);
    expect(isTrustedSenderUrl(`${appUrl}#/drafts/abc-123`, built)).toBe(true);
    expect(isTrustedSenderUrl(`${appUrl}?screen=review`, built)).toBe(true);
  });

  it('trusts the page however Chromium happens to encode its path', () => {
    const chromiumStyle = "file:///opt/Consultation%20Response%20Drafter/resources/app.asar/out/renderer/./index.html";
    expect(isTrustedSenderUrl(chromiumStyle, built)).toBe(true);
    const windows: RendererLocation = { appUrl: 'file:///C:/Users/Priya/AppData/Local/Programs/crd/resources/app.asar/out/renderer/index.html', devServerUrl: null };
    expect(isTrustedSenderUrl('file:///c:/Users/Priya/AppData/Local/Programs/crd/resources/app.asar/out/renderer/index.html', windows)).toBe(true);
  });

  it('refuses the same folders on another Windows drive', () => {
    const windows: RendererLocation = { appUrl: 'file:///C:/Users/Priya/AppData/Local/Programs/crd/resources/app.asar/out/renderer/index.html', devServerUrl: null };
    expect(isTrustedSenderUrl('file:///D:/Users/Priya/AppData/Local/Programs/crd/resources/app.asar/out/renderer/index.html', windows)).toBe(false);
    expect(isTrustedSenderUrl('file:///Users/Priya/AppData/Local/Programs/crd/resources/app.asar/out/renderer/index.html', windows)).toBe(false);
  });

  it("refuses the app's path under any scheme but file:", () => {
    expect(isTrustedSenderUrl(appUrl.replace('file:', 'app:'), built)).toBe(false);
    expect(isTrustedSenderUrl(appUrl.replace('file:', 'crd:'), dev)).toBe(false);
  });

  it('trusts no local file when the app’s own page is not a file, or its location cannot be read', () => {
    const ownScheme: RendererLocation = { appUrl: appUrl.replace('file:', 'app:'), devServerUrl: null };
    expect(isTrustedSenderUrl(appUrl, ownScheme)).toBe(false);
    expect(isTrustedSenderUrl(appUrl, { appUrl: 'not a url', devServerUrl: null })).toBe(false);
  });

  it('refuses any other local file, even one next to the app', () => {
    expect(isTrustedSenderUrl(appUrl.replace('index.html', 'other.html'), built)).toBe(false);
    expect(isTrustedSenderUrl('file:///home/priya/Downloads/consultation.html', built)).toBe(false);
    expect(isTrustedSenderUrl(appUrl.replace('file:///', 'file://fileserver/'), built)).toBe(false);
  });

  it('refuses web pages and script URLs', () => {
    for (const url of ['https://www.smartdcc.co.uk/', 'http://localhost:5173/', 'javascript:alert(1)', 'data:text/html,hi', 'about:blank', '', 'not a url']) {
      expect(isTrustedSenderUrl(url, built), url).toBe(false);
    }
  });

  it('trusts the electron-vite dev server only when running it, and only its own origin', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/#/drafts', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isTrustedSenderUrl(appUrl, dev)).toBe(true);
    expect(isTrustedSenderUrl('https://localhost:5173/#/drafts', { appUrl, devServerUrl: 'https://localhost:5173/' })).toBe(true);
  });

  it('trusts nothing from a dev-server setting that is not a web address (a folder of downloads, a typo)', () => {
    const downloads: RendererLocation = { appUrl, devServerUrl: 'file:///home/priya/Downloads/' };
    expect(isTrustedSenderUrl('file:///home/priya/Downloads/evil.html', downloads)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/', { appUrl, devServerUrl: 'localhost:5173' })).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/', { appUrl, devServerUrl: 'not a url' })).toBe(false);
  });
});
