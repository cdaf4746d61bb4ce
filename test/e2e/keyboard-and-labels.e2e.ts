import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppPage, unlabelledControls } from './support/browser';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
});

afterAll(async () => {
  await app?.close();
});

async function tabUntil(page: Page, matches: () => Promise<boolean>, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the control was not reached with Tab');
}

const focusedIs = (page: Page, test: string) => () => page.evaluate((t) => new Function('el', `return ${t}`)(document.activeElement) as boolean, test);

describe('keyboard-only use', () => {
  it('drafts an answer and states confidentiality with the keyboard alone, every field labelled', async () => {
    const { page, problems } = await openAppPage(app.browser, app.server.url);
    await page.getByRole('heading', { name: 'Consultation library' }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    await tabUntil(page, focusedIs(page, "el.textContent === 'Start a response'"));
    await page.keyboard.press('Enter');
    // The section heading takes focus, so the next Tab goes into the form.
    // Creating the draft and loading the draft screen's code can take more than the default second on a busy machine.
    await expect.poll(focusedIs(page, "el.tagName === 'H1' && el.textContent === 'Dates Q1'"), { timeout: 10_000 }).toBe(true);
    await tabUntil(page, focusedIs(page, "el.type === 'radio'"));
    await page.keyboard.press('Space');
    await tabUntil(page, focusedIs(page, "el.tagName === 'TEXTAREA'"));
    await page.keyboard.type('Typed without a mouse.');
    await tabUntil(page, focusedIs(page, "el.type === 'checkbox'"));
    await page.keyboard.press('Space');
    expect(await unlabelledControls(page)).toEqual([]);

    await tabUntil(page, focusedIs(page, "el.textContent === 'Next →'"));
    await page.keyboard.press('Enter');
    await expect.poll(focusedIs(page, "el.tagName === 'H1' && el.textContent === 'Confidentiality'")).toBe(true);
    await tabUntil(page, focusedIs(page, "el.tagName === 'TEXTAREA' && el.labels[0].textContent.startsWith('Why is this information confidential')"));
    await page.keyboard.type('Commercially sensitive plans.');
    expect(await unlabelledControls(page)).toEqual([]);

    for (const section of ['Respondent', 'Signatory', 'Review and sign-off', 'Preview and export', 'History']) {
      await page.getByRole('link', { name: new RegExp(section) }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('heading', { level: 1, name: section, exact: true }).count()).toBe(1);
      expect(await unlabelledControls(page), section).toEqual([]);
    }

    const draft = app.services.library;
    await expect.poll(async () => (await draft.list()).drafts[0]?.answered, { timeout: 10_000 }).toBe(1);
    const saved = await draft.open((await draft.list()).drafts[0]!.id);
    expect(saved.answers['dates-q1']).toMatchObject({ position: 'agree', rationale: 'Typed without a mouse.', confidential: true });
    expect(saved.confidentiality).toMatchObject({ scope: 'parts', reasons: 'Commercially sensitive plans.' });
    expect(problems).toEqual([]);
  });
});
