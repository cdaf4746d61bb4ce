import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Consultation } from '../../shared/model';
import { openAppPage, screenshot, unlabelledControls } from './support/browser';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

const RESPONSE_FORM = resolve('test/fixtures/consultations/secas-refinement-response-form.docx');
const TITLE = 'MP205 ‘Retrying failed prepayment top-ups’ Refinement Consultation response form';

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest({ importFile: RESPONSE_FORM });
});

afterAll(async () => {
  await app?.close();
});

const card = (page: Page) => page.locator('li.card', { has: page.getByRole('heading', { level: 3, name: TITLE }) });

async function savedConsultations(): Promise<Consultation[]> {
  const folder = join(app.libraryFolder, 'consultations');
  return Promise.all((await readdir(folder)).map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as Consultation));
}

describe('a consultation saved in the library can be corrected and removed', () => {
  it('imports a SECAS response form whose questions are in a table', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    await page.getByRole('button', { name: 'Import consultation…' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Check the consultation read from “secas-refinement-response-form.docx”/ }).count(), { timeout: 20_000 }).toBe(1);

    const labels = await page.getByLabel('Label as printed').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(labels).toEqual(['Question 1', 'Question 2', 'Question 3', 'Question 4']);
    expect(await page.getByLabel('Question text').nth(2).inputValue()).toBe('Do you agree that MP205 should be targeted for the November 2022 SEC Release?');
    expect(await page.getByLabel('Response email address').inputValue()).toBe('sec.change@smartenergycodecompany.co.uk');
    expect(await page.locator('fieldset', { hasText: 'Respond by' }).locator('input[type=date]').inputValue()).toBe('2022-03-04');
    await screenshot(page, 'import-response-form');

    await page.getByRole('button', { name: 'Save to the library' }).click();
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await card(page).textContent()).toContain('17:00 Fri 4 Mar 2022');
    const [saved] = await savedConsultations();
    expect(saved).toMatchObject({ title: TITLE, issuer: 'SECAS', respondBy: { date: '2022-03-04', time: '17:00' }, source: 'imported' });
    expect(saved!.questions).toHaveLength(4);
    expect(problems).toEqual([]);
  });

  it('corrects the saved consultation’s deadline from the library; the library and the draft on the deadline board show the new one', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    // A draft started before the correction keeps its own copy until it takes the correction up.
    await page.getByRole('button', { name: `Start a response to ${TITLE}` }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Question 1');
    await page.getByLabel(/^Rationale/).fill('We support retrying failed top-ups, with a limit on retries.');
    await page.getByRole('link', { name: /^Question 4/ }).click();
    await page.getByLabel(/^Your answer/).fill('Please publish the retry schedule before go-live.');
    await page.getByRole('button', { name: '← Library' }).click();

    await card(page).getByRole('button', { name: `Correct ${TITLE}` }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Correct the consultation');
    const respondBy = page.locator('fieldset', { hasText: 'Respond by' });
    await respondBy.locator('input[type=date]').fill('2022-03-11');
    await respondBy.locator('input[type=time]').fill('12:00');
    // The form's last question turned out to be an instruction, not a question.
    await page.getByRole('button', { name: 'Remove Question 4' }).click();
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, 'correct-consultation');
    await page.getByRole('button', { name: 'Save the corrections' }).click();

    await expect.poll(() => card(page).textContent()).toContain('12:00 Fri 11 Mar 2022');
    const boardRow = page.locator('tr.board-row', { hasText: TITLE });
    await expect.poll(() => boardRow.textContent()).toContain('Deadline corrected to 12:00 Fri 11 Mar 2022: open the draft to update it.');
    await screenshot(page, 'library-after-correction');
    expect((await savedConsultations())[0]).toMatchObject({ respondBy: { date: '2022-03-11', time: '12:00' } });

    await boardRow.getByRole('button').first().click();
    await page.getByRole('button', { name: 'Update this draft…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Update this draft to the corrected consultation?' });
    expect(await dialog.textContent()).toContain('the deadline (now 12:00 Fri 11 Mar 2022)');
    expect(await dialog.textContent()).toContain('Removed questions you had answered: Question 4');
    await screenshot(page, 'update-draft-to-correction');
    await dialog.getByRole('button', { name: 'Update this draft' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Update this draft…' }).count()).toBe(0);
    await page.getByRole('link', { name: /^Question 1/ }).click();
    expect(await page.getByLabel(/^Rationale/).inputValue()).toBe('We support retrying failed top-ups, with a limit on retries.');
    await page.getByRole('link', { name: /^History/ }).click();
    const timeline = page.getByRole('list', { name: 'Timeline of this draft' });
    expect(await timeline.textContent()).toContain('Please publish the retry schedule before go-live.');
    await screenshot(page, 'history-after-correction');

    await page.getByRole('button', { name: '← Library' }).click();
    await expect.poll(() => boardRow.textContent()).toContain('12:00 Fri 11 Mar 2022');
    expect(await boardRow.textContent()).not.toContain('Deadline corrected');
    await screenshot(page, 'deadline-board-after-update');
    expect(problems).toEqual([]);
  });

  it('refuses a typed-in consultation without questions, saying so in plain English', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    await page.getByRole('button', { name: 'Type one in' }).click();
    await page.getByLabel('Response email address').fill('sec.change@');
    await page.getByRole('button', { name: 'Save to the library' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.locator('li').allTextContents()).toEqual([
      'Give the consultation a title',
      'That email address is not complete: it should look like name@example.org, or be left empty',
      'Add at least one question: a response answers the consultation’s questions',
    ]);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'type-one-in-problems');
    expect(problems).toEqual([]);
  });

  it('removes the consultation after asking; the draft started from it stays on the board', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    await card(page).getByRole('button', { name: `Remove ${TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove this consultation?' });
    expect(await dialog.textContent()).toContain('keeps its own copy of the consultation, so nothing in it changes');
    await screenshot(page, 'remove-consultation');
    await dialog.getByRole('button', { name: 'Remove consultation' }).click();

    await expect.poll(() => card(page).count()).toBe(0);
    expect(await readdir(join(app.libraryFolder, 'consultations'))).toEqual([]);
    expect((await readdir(join(app.libraryFolder, 'deleted'))).some((name) => name.startsWith('imported-'))).toBe(true);
    expect(await page.locator('tr.board-row', { hasText: TITLE }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
