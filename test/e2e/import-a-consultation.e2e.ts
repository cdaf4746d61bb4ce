import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createTestServices, type TestServices } from '../support/test-services';
import { launchBrowser, openAppPage, screenshot } from './support/browser';
import { startTestServer, type RunningServer } from './support/test-server';

const RENDERER = resolve('out/renderer');
const SEED_DOCX = resolve('test/fixtures/consultations/date_con_consultation_issued.docx');

let libraryFolder: string;
let services: TestServices;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  libraryFolder = await mkdtemp(join(tmpdir(), 'crd-e2e-import-'));
  services = createTestServices({ libraryFolder, importFile: SEED_DOCX });
  server = await startTestServer(RENDERER, services);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(libraryFolder, { recursive: true, force: true });
});

describe('importing a consultation from its own document', () => {
  it('reads the seed .docx, lets a field be corrected, saves it and starts a response to it', async () => {
    const { page, problems } = await openAppPage(browser, server.url);
    await page.getByRole('button', { name: 'Import consultation…' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Check the consultation read from “date_con_consultation_issued.docx”/ }).count(), { timeout: 20_000 }).toBe(1);

    expect(await page.getByLabel(/^Title/).inputValue()).toBe(
      'Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy',
    );
    expect(await page.getByLabel('Response email address').inputValue()).toBe('consultations@smartdcc.co.uk');
    expect(await page.getByLabel('Label as printed').inputValue()).toBe('Dates Q1');
    await expect.poll(() => page.getByLabel('Question text').inputValue()).toMatch(/^Do you agree with the proposed re-designation date of Tuesday 3 November 2020/);

    await page.getByLabel(/^Title/).fill('DCC further consultation: re-designation date (SMETS1 Uplift 1.2, CoS Dormancy)');
    await page.getByRole('button', { name: 'Show in document' }).first().click();
    await screenshot(page, 'import-review');
    await page.getByRole('button', { name: 'Save and start a response' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dates Q1');
    await expect.poll(() => page.getByText('DCC further consultation: re-designation date (SMETS1 Uplift 1.2, CoS Dormancy)').count()).toBeGreaterThan(0);

    const stored = await readdir(join(libraryFolder, 'consultations'));
    expect(stored).toHaveLength(1);
    const consultation = JSON.parse(await readFile(join(libraryFolder, 'consultations', stored[0]!), 'utf8'));
    expect(consultation).toMatchObject({
      title: 'DCC further consultation: re-designation date (SMETS1 Uplift 1.2, CoS Dormancy)',
      respondBy: { date: '2020-10-28', time: '16:00' },
      responseEmail: 'consultations@smartdcc.co.uk',
      source: 'imported',
    });
    expect(problems).toEqual([]);
  });

  it('says what was wrong with a file it cannot read, and adds nothing', async () => {
    services.dialogAnswers.importFile = resolve('test/fixtures/consultations/scanned-image-only.pdf');
    const { page } = await openAppPage(browser, server.url);
    const before = (await readdir(join(libraryFolder, 'consultations'))).length;
    await page.getByRole('button', { name: 'Import consultation…' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/could not be imported/);
    expect((await readdir(join(libraryFolder, 'consultations'))).length).toBe(before);
  });
});
