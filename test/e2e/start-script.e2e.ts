import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createTestServices } from '../support/test-services';
import { launchBrowser, openAppPage } from './support/browser';
import { startTestServer, type RunningServer } from './support/test-server';

const RENDERER = resolve('out/renderer');
let libraryFolder: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  libraryFolder = await mkdtemp(join(tmpdir(), 'crd-e2e-start-'));
  server = await startTestServer(RENDERER, createTestServices({ libraryFolder }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(libraryFolder, { recursive: true, force: true });
});

/** The scripts the page has read so far, by their file under out/renderer/assets. */
async function scriptsRead(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  return urls.filter((url) => url.endsWith('.js')).map((url) => `assets/${url.replace(/^.*\/assets\//, '')}`);
}

/** Whether any of those scripts holds the validation library (zod keeps its `_zod` property through minifying). */
async function holdsValidationLibrary(files: readonly string[]): Promise<boolean> {
  const texts = await Promise.all(files.map((file) => readFile(join(RENDERER, file), 'utf8')));
  return texts.some((text) => text.includes('_zod'));
}

describe('the window at start', () => {
  it('opens the library without reading the schemas or their validation library, and reads them when a typed-in consultation is checked', async () => {
    const { page, problems } = await openAppPage(browser, server.url);
    await page.getByRole('heading', { name: 'Consultation library' }).waitFor();
    await page.getByText('Further consultation on the date for re-designation', { exact: false }).first().waitFor();
    const atStart = await scriptsRead(page);
    expect(atStart.length).toBeGreaterThan(0);
    expect(await holdsValidationLibrary(atStart)).toBe(false);

    // The check before saving still runs, and says what is wrong, once it is needed.
    await page.getByRole('button', { name: 'Type one in' }).click();
    await page.getByLabel(/^Title/).fill('Ofgem call for input');
    await page.getByLabel('Response email address').fill('standingcharges@ofgem');
    await page.getByRole('button', { name: 'Save to the library' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That email address is not complete');
    expect(await holdsValidationLibrary(await scriptsRead(page))).toBe(true);
    expect(problems).toEqual([]);
  });
});
