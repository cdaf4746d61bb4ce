import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openAppPage } from './support/browser';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { seriousAxeViolations, type AxeFinding } from './support/axe';

const SEED_DOCX = resolve('test/fixtures/consultations/date_con_consultation_issued.docx');

let app: AppUnderTest;
let exportFolder: string;

beforeAll(async () => {
  exportFolder = await mkdtemp(join(tmpdir(), 'crd-axe-exports-'));
  app = await startAppUnderTest({ importFile: SEED_DOCX, exportFolder });
});

afterAll(async () => {
  await app?.close();
  await rm(exportFolder, { recursive: true, force: true });
});

/** Every screen's serious and critical axe violations, by screen, screenshotted as it was checked. */
async function check(page: Page, screen: string, found: Record<string, AxeFinding[]>): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `axe-${screen.toLowerCase().replace(/\W+/g, '-')}.png`), fullPage: true });
  const violations = await seriousAxeViolations(page);
  if (violations.length > 0) found[screen] = violations;
}

describe('accessibility of every main screen (axe-core)', () => {
  it('finds no serious or critical violations on the library, settings, each draft section and the import review', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    const found: Record<string, AxeFinding[]> = {};

    await page.getByRole('heading', { name: 'Consultation library' }).waitFor();
    await check(page, 'Library (empty)', found);

    await page.getByRole('button', { name: 'Respondent profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Respondent profile' }).waitFor();
    await check(page, 'Respondent profile', found);
    await page.getByRole('button', { name: '← Library' }).click();

    await page.getByRole('button', { name: /Start a response to Further consultation/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Dates Q1' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Sections of this response' });
    const sections = ['Dates Q1', 'Confidentiality', 'Respondent', 'Signatory', 'Review and sign-off', 'Preview and export', 'History'];
    expect(await nav.getByRole('link').count()).toBe(sections.length);
    for (const section of sections) {
      await nav.getByRole('link', { name: new RegExp(`^${section}`) }).click();
      await expect.poll(() => page.locator('h1.section-heading').textContent()).toBe(section);
      await check(page, `Draft: ${section}`, found);
    }

    // The dialogs and forms that open within a section.
    await nav.getByRole('link', { name: /^Dates Q1/ }).click();
    await page.getByRole('button', { name: 'Add a comment' }).click();
    await page.getByLabel('Your name').fill('Sam Reviewer');
    await page.getByLabel('Comment', { exact: true }).fill('Mention the change freeze.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.getByRole('button', { name: 'Mark resolved' }).click();
    await page.getByLabel(/^Resolved by/).scrollIntoViewIfNeeded();
    await check(page, 'Draft: resolving a comment', found);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await nav.getByRole('link', { name: /^Respondent/ }).click();
    await page.getByLabel(/^Organisation/).fill('Acme Energy Ltd');
    await nav.getByRole('link', { name: /^Preview and export/ }).click();
    // The watermark is drawn by CSS (out of axe's contrast check); it must still show on the draft letter.
    const preview = page.locator('.letter-preview');
    expect(await preview.locator('.letter-preview__watermark').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"DRAFT"');
    await preview.screenshot({ path: join(ARTIFACTS, 'axe-letter-preview-watermark.png') });
    await page.getByRole('button', { name: /Choose folder/ }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: 'Open in mail app' }).click();
    await page.getByRole('dialog', { name: 'Open a draft email?' }).waitFor();
    await check(page, 'Draft: opening a draft email', found);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(app.services.openedPaths).toEqual([]);

    // The timeline says what was edited.
    await nav.getByRole('link', { name: /^History/ }).click();
    const timeline = page.getByRole('list', { name: 'Timeline of this draft' });
    await expect.poll(() => timeline.getByText('Edited the respondent details', { exact: true }).count()).toBe(1);
    await check(page, 'Draft: History after edits', found);

    await page.getByRole('button', { name: /Library/ }).first().click();
    await page.getByRole('heading', { name: 'Consultation library' }).waitFor();
    await check(page, 'Library with a draft', found);

    await page.getByRole('button', { name: 'Import consultation…' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Check the consultation read from/ }).count(), { timeout: 20_000 }).toBe(1);
    await check(page, 'Import review', found);

    expect(found).toEqual({});
    expect(problems).toEqual([]);
  });
});
