import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { openAppPage, screenshot } from './support/browser';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

let exportFolder: string;
let app: AppUnderTest;

beforeAll(async () => {
  exportFolder = await mkdtemp(join(tmpdir(), 'crd-e2e-exports-'));
  app = await startAppUnderTest({ exportFolder });
});

afterAll(async () => {
  await app?.close();
  await rm(exportFolder, { recursive: true, force: true });
});

async function draftAnAnswer(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Start a response to Further consultation on the date/ }).first().click();
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.getByLabel('Rationale').fill('We agree with **3 November 2020**.\n\n- Our PPMID updates are tested;\n- our agents are briefed.');
  await page.getByRole('link', { name: /Respondent/ }).click();
  await page.getByLabel(/^Organisation/).fill('Acme Energy Ltd');
  await page.getByLabel(/^Contact name/).fill('Priya Shah');
  await page.getByLabel(/^Email/).fill('priya.shah@acme-energy.example');
  await page.getByRole('link', { name: /Signatory/ }).click();
  await page.getByLabel(/^Signatory name/).fill('Jordan Lee');
  await page.getByLabel(/^Signatory job title/).fill('Head of Regulation');
}

async function docxText(path: string): Promise<{ body: string; headers: string }> {
  const bytes = await readFile(path);
  const zip = await JSZip.loadAsync(bytes);
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  const headers = (await Promise.all(headerNames.map((n) => zip.file(n)!.async('string')))).join('\n');
  return { body: (await mammoth.extractRawText({ buffer: bytes })).value, headers };
}

describe('exporting the response', () => {
  it('writes the letter and the email draft to the chosen folder, and shows the preview', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    await draftAnAnswer(page);
    await page.getByRole('link', { name: /Preview and export/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Letter preview' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Response to: Further consultation on the date', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'export-screen');

    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await expect.poll(() => page.getByText(exportFolder).count()).toBe(1);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => page.getByText(/Exported 2 files/).count(), { timeout: 15_000 }).toBe(1);
    await screenshot(page, 'export-done');

    const names = (await readdir(exportFolder)).sort();
    // Named after the consultation's title, and DRAFT until signed off.
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^Acme Energy Ltd - DRAFT response - Further consultation on the date .*\.docx$/);
    expect(names[1]).toMatch(/^Acme Energy Ltd - DRAFT response email - Further consultation on the date .*\.eml$/);
    const letter = await docxText(join(exportFolder, names[0]!));
    expect(letter.body).toContain('Dates Q1');
    expect(letter.body).toContain('Our PPMID updates are tested;');
    expect(letter.body).toContain('Jordan Lee');
    expect(letter.headers).toContain('DRAFT');

    const email = await simpleParser(await readFile(join(exportFolder, names[1]!)));
    expect(email.to && 'text' in email.to ? email.to.text : '').toBe('consultations@smartdcc.co.uk');
    expect(email.headers.get('x-unsent')).toBe('1');
    expect(email.subject).toMatch(/^DRAFT – not signed off: Response to Further consultation/);
    expect(email.attachments.map((a) => a.filename)).toEqual([names[0]]);

    await page.getByRole('button', { name: 'Open in mail app' }).click();
    // A draft's email is opened only once the user confirms it.
    await page.getByRole('dialog', { name: 'Open a draft email?' }).getByRole('button', { name: 'Open the draft email' }).click();
    await expect.poll(() => app.services.openedPaths).toEqual([join(exportFolder, names[1]!)]);
    expect(problems).toEqual([]);
  });
});

describe('review, sign-off and sending', () => {
  it('goes from draft to sent, refusing edits once signed off, and shows each step in the timeline', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    await draftAnAnswer(page);

    await page.getByRole('link', { name: /Review and sign-off/ }).click();
    await page.getByRole('button', { name: 'Mark ready for review' }).click();
    await expect.poll(() => page.getByText(/Colleagues are reviewing the draft/).count()).toBe(1);

    await page.getByRole('link', { name: /Dates Q1/ }).click();
    await page.getByRole('button', { name: 'Add a comment' }).click();
    await page.getByLabel('Your name').fill('Sam Reviewer');
    await page.getByLabel('Comment', { exact: true }).fill('Mention the change freeze.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.getByRole('button', { name: 'Mark resolved' }).click();
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect.poll(() => page.getByText(/Resolved by Sam Reviewer/).count()).toBe(1);

    await page.getByRole('link', { name: /Review and sign-off/ }).click();
    await page.getByRole('button', { name: /Sign off on/ }).click();
    // The 2020 deadline has passed, so the sign-off asks why before it locks the draft.
    const dialog = page.getByRole('dialog', { name: 'Sign off with items incomplete?' });
    await expect.poll(() => dialog.getByText(/The deadline has passed/).count()).toBe(1);
    await dialog.getByLabel(/Why sign off with these items incomplete/).fill('Late response agreed with the DCC.');
    await dialog.getByRole('button', { name: 'Sign off anyway' }).click();
    await expect.poll(() => page.getByText(/The response is signed off and read-only/).count()).toBe(1);

    await page.getByRole('link', { name: /Dates Q1/ }).click();
    const rationale = page.getByLabel('Rationale');
    const before = await rationale.inputValue();
    await rationale.click();
    await page.keyboard.type(' An edit after sign-off.');
    expect(await rationale.inputValue()).toBe(before);
    expect(await page.getByRole('note').textContent()).toMatch(/Signed off by Jordan Lee/);
    await screenshot(page, 'signed-off-question');

    await page.getByRole('link', { name: /Preview and export/ }).click();
    await page.getByRole('button', { name: /Choose folder…|Change folder…/ }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    // The signed letter has its own name, so the draft exported by the first test is left as it is.
    await expect.poll(() => page.getByText(/Exported 2 files/).count(), { timeout: 15_000 }).toBe(1);
    const signedName = (await readdir(exportFolder)).find((name) => name.startsWith('Acme Energy Ltd - response - Further consultation'))!;
    const letter = await docxText(join(exportFolder, signedName));
    expect(letter.headers).not.toContain('DRAFT');

    await page.getByRole('link', { name: /Review and sign-off/ }).click();
    await page.getByRole('radio', { name: signedName }).check();
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(() => page.getByText(/The response was sent/).count()).toBe(1);

    await page.getByRole('link', { name: /History/ }).click();
    const timeline = page.getByRole('list', { name: 'Timeline of this draft' });
    for (const step of ['Created', 'Edited', 'Sent for review', 'Comment', 'Comment resolved', 'Signed off', 'Exported', 'Sent']) {
      await expect.poll(() => timeline.getByText(step, { exact: true }).count()).toBeGreaterThan(0);
    }
    await screenshot(page, 'history-timeline');
    expect(problems).toEqual([]);
  });
});
