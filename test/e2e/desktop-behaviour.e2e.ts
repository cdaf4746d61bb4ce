import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dccConsultation } from '../support/sample-draft';
import { ARTIFACTS, emitFromMain, openAppPage, screenshot } from './support/browser';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

let app: AppUnderTest;
// The window the "main process" prints: Chromium's own PDF printing of the same page and stylesheet.
let printedPage: Page | null = null;

const twoQuestions = {
  ...dccConsultation,
  id: 'two-questions',
  title: 'Two-question consultation',
  questions: [...dccConsultation.questions, { id: 'dates-q2', label: 'Dates Q2', text: 'Do you agree with the draft direction text at Attachment 1?', section: '', kind: 'agree' as const }],
};

beforeAll(async () => {
  app = await startAppUnderTest({
    printPdf: async () => {
      if (!printedPage) throw new Error('no window to print');
      return new Uint8Array(await printedPage.pdf({ format: 'A4', printBackground: true }));
    },
  });
  await app.services.library.addConsultation(twoQuestions);
});

afterAll(async () => {
  await app?.close();
});

describe('undo and redo across the whole draft', () => {
  it('undoes typing in two questions from the menu and the toolbar, and redoes it', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    await page.getByRole('button', { name: 'Start a response to Two-question consultation' }).click();
    const rationale = page.getByLabel('Rationale');
    await rationale.click();
    await page.keyboard.type('First answer');
    await page.getByRole('link', { name: /Dates Q2/ }).click();
    await rationale.click();
    await page.keyboard.type('Second answer');

    await emitFromMain(page, 'menu:command', 'undo');
    await expect.poll(() => rationale.inputValue()).toBe('');
    await page.getByRole('link', { name: /Dates Q1/ }).click();
    await expect.poll(() => rationale.inputValue()).toBe('First answer');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rationale.inputValue()).toBe('');

    await emitFromMain(page, 'menu:command', 'redo');
    await expect.poll(() => rationale.inputValue()).toBe('First answer');
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByRole('link', { name: /Dates Q2/ }).click();
    await expect.poll(() => rationale.inputValue()).toBe('Second answer');
    expect(problems).toEqual([]);
  });
});

describe('Print / Save as PDF', () => {
  it('prints the letter alone, with labels, answers and signatory, to a PDF a reader can open', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    printedPage = page;
    await page.getByRole('button', { name: /Start a response to Further consultation on the date/ }).click();
    await page.getByRole('radio', { name: 'Agree', exact: true }).check();
    await page.getByLabel('Rationale').fill('We support the date of **3 November 2020**.\n\n1. PPMID keys are in place.\n2. Our change freeze ends on 2 November.');
    await page.getByRole('link', { name: /Respondent/ }).click();
    await page.getByLabel(/^Organisation/).fill('Acme Energy Ltd');
    await page.getByRole('link', { name: /Signatory/ }).click();
    await page.getByLabel(/^Signatory name/).fill('Jordan Lee');
    await page.getByLabel(/^Signatory job title/).fill('Head of Regulation');

    const pdfPath = join(ARTIFACTS, 'printed-letter.pdf');
    app.services.dialogAnswers.savePath = pdfPath;
    await emitFromMain(page, 'menu:command', 'print');
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect.poll(() => page.getByText(/PDF saved to/).count(), { timeout: 20_000 }).toBe(1);
    expect((await stat(pdfPath)).size).toBeGreaterThan(1000);

    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const expected of ['Dates Q1', 'Do you agree with the proposed re-designation date', 'Agree', 'We support the date of 3 November 2020', 'PPMID keys are in place', 'Jordan Lee', 'Head of Regulation', 'Acme Energy Ltd', 'DRAFT']) {
      expect(text).toContain(expected);
    }
    // The app around the letter is not printed.
    expect(text).not.toContain('Sections of this response');
    expect(text).not.toContain('Undo');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(ARTIFACTS, 'printed-letter')]);
    await screenshot(page, 'after-print');
    expect(problems).toEqual([]);
  });
});
