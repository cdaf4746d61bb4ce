import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { createTestServices, type TestServices } from '../support/test-services';
import { launchBrowser, openAppPage, screenshot } from './support/browser';
import { startTestServer, type RunningServer } from './support/test-server';
import { EMOJI, HOSTILE_ORGANISATION, HOSTILE_RATIONALE, LONG_WORD, MUST_SURVIVE, SCRIPT } from '../electron/hostile/payloads';

let libraryFolder: string;
let exportFolder: string;
let services: TestServices;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  libraryFolder = await mkdtemp(join(tmpdir(), 'crd-e2e-hostile-'));
  exportFolder = await mkdtemp(join(tmpdir(), 'crd-e2e-hostile-exports-'));
  services = createTestServices({ libraryFolder, exportFolder });
  server = await startTestServer(resolve('out/renderer'), services);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(libraryFolder, { recursive: true, force: true });
  await rm(exportFolder, { recursive: true, force: true });
});

/** Whether anything the answers carried ran or turned into live markup anywhere on the page. */
async function pageState(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: document.querySelectorAll('img[src="x"], iframe, svg[onload], script:not([src]), a[href^="javascript:" i], [onerror], [onload]').length,
  }));
}

async function storedDraft() {
  const [name] = (await readdir(join(libraryFolder, 'drafts'))).filter((n) => n.endsWith('.crdraft'));
  return JSON.parse(await readFile(join(libraryFolder, 'drafts', name!), 'utf8')) as {
    answers: Record<string, { rationale: string }>;
    respondent: { organisation: string };
  };
}

describe('answers that are hostile', () => {
  it('are kept as text through the form, the preview, a reload and the exported letter and email, and never run', async () => {
    const { page, problems } = await openAppPage(browser, server.url);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.getByRole('button', { name: /Start a response to Further consultation on the date/ }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dates Q1');
    await page.getByRole('radio', { name: 'Agree', exact: true }).check();
    const rationale = page.getByLabel('Rationale', { exact: true });
    await rationale.fill(HOSTILE_RATIONALE);
    // Typed key by key as well, so the keyboard path sees markup too.
    await rationale.press('End');
    await page.keyboard.type('\n\nTyped: <img src=x onerror=alert(3)>');

    await page.getByRole('link', { name: /Respondent/ }).click();
    await page.getByLabel(/^Organisation/).fill(HOSTILE_ORGANISATION);
    await page.getByLabel(/^Contact name/).fill(`Priya ${SCRIPT}`);
    await page.getByLabel(/^Email/).fill('priya.shah@acme-energy.example');
    await page.getByRole('link', { name: /Signatory/ }).click();
    await page.getByLabel(/^Signatory name/).fill('Jordan <b>Lee</b>');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Saved at \d\d:\d\d/ }).count(), { timeout: 10_000 }).toBe(1);

    const stored = await storedDraft();
    for (const piece of MUST_SURVIVE) expect(stored.answers['dates-q1']!.rationale, piece.slice(0, 30)).toContain(piece);
    expect(stored.answers['dates-q1']!.rationale).toContain('Typed: <img src=x onerror=alert(3)>');
    expect(await pageState(page)).toEqual({ pwned: undefined, injected: 0 });

    await page.getByRole('link', { name: /Preview and export/ }).click();
    const preview = page.getByRole('article', { name: /Response to:/ });
    await expect.poll(() => preview.count()).toBe(1);
    const previewText = await preview.innerText();
    for (const piece of [SCRIPT, LONG_WORD, EMOJI, 'Jordan <b>Lee</b>', 'Typed: <img src=x onerror=alert(3)>']) expect(previewText, piece.slice(0, 30)).toContain(piece);
    expect(await preview.locator('img, script, svg, iframe, a, b, i').count()).toBe(0);
    expect(await pageState(page)).toEqual({ pwned: undefined, injected: 0 });
    await screenshot(page, 'hostile-preview');

    await page.getByRole('button', { name: /Choose folder…|Change folder…/ }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => page.getByText(/Exported 2 files/).count(), { timeout: 15_000 }).toBe(1);
    const names = (await readdir(exportFolder)).sort();
    const docx = names.find((n) => n.endsWith('.docx'))!;
    const letter = (await mammoth.extractRawText({ buffer: await readFile(join(exportFolder, docx)) })).value;
    for (const piece of MUST_SURVIVE) expect(letter, piece.slice(0, 30)).toContain(piece);
    const email = await simpleParser(await readFile(join(exportFolder, names.find((n) => n.endsWith('.eml'))!)));
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.bcc).toBeUndefined();
    expect(email.cc).toBeUndefined();
    expect(email.attachments.map((a) => a.filename)).toEqual([docx]);

    // Stored text is shown again from disk: the place a stored script would run.
    await page.reload();
    await page.getByRole('link', { name: /Dates Q1/ }).click();
    await expect.poll(() => page.getByLabel('Rationale', { exact: true }).inputValue()).toBe(stored.answers['dates-q1']!.rationale);
    await page.getByRole('link', { name: /Respondent/ }).click();
    expect(await page.getByLabel(/^Organisation/).inputValue()).toBe(stored.respondent.organisation);
    await page.getByRole('link', { name: /Library/ }).or(page.getByRole('button', { name: /Library/ })).first().click();
    await page.getByRole('button', { name: /^Rename / }).first().click();
    await page.getByLabel('Draft name').fill(`<img src=x onerror="window.__pwned='name'"> ${EMOJI}`);
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => page.getByText(`<img src=x onerror="window.__pwned='name'"> ${EMOJI}`).count()).toBeGreaterThan(0);

    expect(await pageState(page)).toEqual({ pwned: undefined, injected: 0 });
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
