import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openAppPage, screenshot } from './support/browser';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
});

afterAll(async () => {
  await app?.close();
});

describe('drafting a response to the bundled DCC consultation', () => {
  it('keeps the answer, the confidentiality statement and the respondent across a reload, and on disk', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);

    await page.getByRole('button', { name: /Start a response to Further consultation on the date/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dates Q1');
    await expect.poll(() => page.getByText(/Do you agree with the proposed re-designation date of Tuesday 3 November 2020/).count()).toBe(1);

    await page.getByRole('radio', { name: 'Agree', exact: true }).check();
    const rationale = page.getByLabel('Rationale');
    await rationale.click();
    await page.keyboard.type('We agree with the proposed date. Our PPMID changes are tested.');
    await expect.poll(() => page.getByText('11 words').count()).toBe(1);
    await page.getByLabel('The whole answer is confidential').check();
    await screenshot(page, 'question-screen');

    await page.getByRole('link', { name: /Confidentiality/ }).click();
    await expect.poll(() => page.getByRole('radio', { name: /Named parts of it/ }).isChecked()).toBe(true);
    await expect.poll(() => page.getByText('Give your reasons: the consultation asks why you regard the information as confidential.').count()).toBe(1);
    await page.getByLabel(/Why is this information confidential/).fill('It reveals our deployment plan, which is commercially sensitive.');
    await expect.poll(() => page.getByText(/Give your reasons/).count()).toBe(0);
    await screenshot(page, 'confidentiality-screen');

    await page.getByRole('link', { name: /Respondent/ }).click();
    await page.getByLabel(/^Organisation/).fill('Acme Energy Ltd');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Saved at \d\d:\d\d/ }).count(), { timeout: 10_000 }).toBe(1);

    await page.reload();
    await expect.poll(() => page.getByLabel(/^Organisation/).inputValue()).toBe('Acme Energy Ltd');
    await page.getByRole('link', { name: /Dates Q1/ }).click();
    await expect.poll(() => page.getByLabel('Rationale').inputValue()).toBe('We agree with the proposed date. Our PPMID changes are tested.');
    expect(await page.getByRole('radio', { name: 'Agree', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('The whole answer is confidential').isChecked()).toBe(true);
    await page.getByRole('link', { name: /Confidentiality/ }).click();
    expect(await page.getByLabel(/Why is this information confidential/).inputValue()).toBe('It reveals our deployment plan, which is commercially sensitive.');

    const files = (await readdir(join(app.libraryFolder, 'drafts'))).filter((n) => n.endsWith('.crdraft'));
    expect(files).toHaveLength(1);
    const onDisk = JSON.parse(await readFile(join(app.libraryFolder, 'drafts', files[0]!), 'utf8'));
    expect(onDisk.answers['dates-q1']).toEqual({ position: 'agree', rationale: 'We agree with the proposed date. Our PPMID changes are tested.', confidential: true });
    expect(onDisk.confidentiality).toEqual({ scope: 'parts', otherParts: '', reasons: 'It reveals our deployment plan, which is commercially sensitive.', partReasons: {} });
    expect(onDisk.respondent.organisation).toBe('Acme Energy Ltd');

    await page.getByRole('link', { name: /Library/ }).or(page.getByRole('button', { name: /Library/ })).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Your response drafts' }).count()).toBe(1);
    await screenshot(page, 'library-screen');
    expect(problems).toEqual([]);
  });
});
