import { chromium, type Browser, type Page } from 'playwright-core';
import { channels, type IpcEventName } from '../../../shared/ipc';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(process.cwd(), 'test-results', 'e2e');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page whose `window.drafter` has the preload's shape, each function posting
 * to the test server instead of ipcRenderer.invoke. Console errors and CSP
 * violations are collected so a test can assert there were none.
 */
export async function openAppPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript((names: string[]) => {
    const api: Record<string, (args?: unknown) => Promise<unknown>> = {};
    for (const name of names) {
      api[name] = (args?: unknown) =>
        fetch(`/ipc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(args === undefined ? {} : { args }),
        }).then((r) => r.json());
    }
    // Events from "the main process" are sent by the test through window.__crdEmit.
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const subscribe = (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    };
    Object.defineProperty(window, 'drafter', { value: Object.freeze({ ...api, subscribe }) });
    Object.defineProperty(window, '__crdEmit', {
      value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
    });
  }, channels);
  await page.goto(url);
  return { page, problems };
}

/** Sends an event to the window as the main process would (a menu command, say). */
export async function emitFromMain(page: Page, event: IpcEventName, payload: unknown): Promise<void> {
  await page.evaluate(([name, value]) => (window as unknown as { __crdEmit: (e: string, p: unknown) => void }).__crdEmit(name as string, value), [event, payload] as const);
}

/** Form controls on the page that a screen reader could not name. */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.locator('input:not([type=hidden]), textarea, select').evaluateAll((elements) =>
    elements
      .filter((element) => {
        const control = element as HTMLInputElement;
        const byLabel = control.labels !== null && control.labels.length > 0 && [...control.labels].some((l) => (l.textContent ?? '').trim() !== '');
        return !byLabel && !control.getAttribute('aria-label') && !control.getAttribute('aria-labelledby');
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
