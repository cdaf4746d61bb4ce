import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openAppPage, screenshot, unlabelledControls } from './support/browser';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

const SEED_DOCX = resolve('test/fixtures/consultations/date_con_consultation_issued.docx');

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest({ importFile: SEED_DOCX });
});

afterAll(async () => {
  await app?.close();
});

describe('importing a consultation from its own document', () => {
  it('reads the seed .docx, lets a field be corrected, saves it and starts a response to it', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    await page.getByRole('button', { name: 'Import consultation…' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Check the consultation read from “date_con_consultation_issued.docx”/ }).count(), { timeout: 20_000 }).toBe(1);

    expect(await page.getByLabel(/^Title/).inputValue()).toBe(
      'Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy',
    );
    expect(await page.getByLabel('Response email address').inputValue()).toBe('consultations@smartdcc.co.uk');
    expect(await page.getByLabel('Label as printed').inputValue()).toBe('Dates Q1');
    await expect.poll(() => page.getByLabel('Question text').inputValue()).toMatch(/^Do you agree with the proposed re-designation date of Tuesday 3 November 2020/);

    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByLabel(/^Title/).fill('DCC further consultation: re-designation date (SMETS1 Uplift 1.2, CoS Dormancy)');
    await page.getByRole('button', { name: 'Show in document' }).first().click();
    await screenshot(page, 'import-review');
    await page.getByRole('button', { name: 'Save and start a response' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dates Q1');
    await expect.poll(() => page.getByText('DCC further consultation: re-designation date (SMETS1 Uplift 1.2, CoS Dormancy)').count()).toBeGreaterThan(0);

    const stored = await readdir(join(app.libraryFolder, 'consultations'));
    expect(stored).toHaveLength(1);
    const consultation = JSON.parse(await readFile(join(app.libraryFolder, 'consultations', stored[0]!), 'utf8'));
    expect(consultation).toMatchObject({
      title: 'DCC further consultation: re-designation date (SMETS1 Uplift 1.2, CoS Dormancy)',
      respondBy: { date: '2020-10-28', time: '16:00' },
      responseEmail: 'consultations@smartdcc.co.uk',
      source: 'imported',
    });
    expect(problems).toEqual([]);
  });

  it('says what was wrong with a file it cannot read, and adds nothing', async () => {
    app.services.dialogAnswers.importFile = resolve('test/fixtures/consultations/scanned-image-only.pdf');
    const { page } = await openAppPage(app.browser, app.server.url);
    const before = (await readdir(join(app.libraryFolder, 'consultations'))).length;
    await page.getByRole('button', { name: 'Import consultation…' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/could not be imported/);
    expect((await readdir(join(app.libraryFolder, 'consultations'))).length).toBe(before);
  });
});
