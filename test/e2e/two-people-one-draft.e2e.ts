import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppPage, screenshot } from './support/browser';
import { startAppUnderTest, type AppUnderTest } from './support/app-under-test';
import { createDraftLibrary } from '../../electron/services/draft-library';
import { dccConsultation } from '../support/sample-draft';

let priya: AppUnderTest;
let sam: AppUnderTest;
let sharedFolder: string;
let sharedPath: string;

beforeAll(async () => {
  // Two people, each with the app and their own library, and one draft on a shared drive.
  priya = await startAppUnderTest({ writerName: 'Priya Shah on PC-1' });
  sam = await startAppUnderTest({ writerName: 'Sam Green on PC-2' });
  sharedFolder = await mkdtemp(join(tmpdir(), 'crd-e2e-shared-'));
  sharedPath = join(sharedFolder, 'Team response.crdraft');
  const library = priya.services.library;
  const started = await library.create(dccConsultation.id);
  await library.rename(started.id, 'Team response');
  await library.saveCopy(started.id, sharedPath);
  await library.remove(started.id);
  await priya.services.library.openFile(sharedPath);
  await sam.services.library.openFile(sharedPath);
}, 120_000);

afterAll(async () => {
  await priya?.close();
  await sam?.close();
  if (sharedFolder) await rm(sharedFolder, { recursive: true, force: true });
});

describe('two people on one draft in a shared folder', () => {
  it('one types in Dates Q1 while the other comments on it: each sees the other’s change and presence, and nothing is lost', async () => {
    const a = await openAppPage(priya.browser, priya.server.url);
    const b = await openAppPage(sam.browser, sam.server.url);
    for (const { page } of [a, b]) {
      await page.getByRole('button', { name: /Team response/ }).first().click();
      await page.getByRole('link', { name: /Dates Q1/ }).click();
    }

    await a.page.getByLabel('Rationale').click();
    await a.page.keyboard.type('We agree with the date; our PPMID changes are tested.');

    await b.page.getByRole('button', { name: 'Add a comment' }).click();
    await b.page.getByLabel('Your name').fill('Sam Green');
    await b.page.getByLabel('Comment', { exact: true }).fill('Say when testing finished.');
    await b.page.getByRole('button', { name: 'Add comment' }).click();

    // Each sees the other's saved change without reopening, within a few seconds.
    await expect.poll(() => b.page.getByLabel('Rationale').inputValue(), { timeout: 20_000 }).toBe('We agree with the date; our PPMID changes are tested.');
    await expect.poll(() => a.page.getByText('Say when testing finished.').count(), { timeout: 20_000 }).toBe(1);
    // And who else has it open.
    await expect.poll(() => a.page.getByText(/Also open by Sam Green on PC-2/).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => b.page.getByText(/Also open by Priya Shah on PC-1/).count(), { timeout: 20_000 }).toBe(1);
    for (const { page } of [a, b]) await page.getByText(/Also open by/).scrollIntoViewIfNeeded();
    await screenshot(a.page, 'shared-draft-priya');
    await screenshot(b.page, 'shared-draft-sam');

    // The history says who did what.
    await a.page.getByRole('link', { name: /History/ }).click();
    const timeline = a.page.getByRole('list', { name: 'Timeline of this draft' });
    await expect.poll(() => timeline.getByRole('listitem').filter({ hasText: 'Sam Green on PC-2' }).filter({ hasText: /Comment/ }).count(), { timeout: 20_000 }).toBe(1);
    expect(await timeline.getByRole('listitem').filter({ hasText: 'Priya Shah on PC-1' }).filter({ hasText: /Edited/ }).count()).toBeGreaterThan(0);
    await screenshot(a.page, 'shared-draft-history');

    // When Sam leaves the draft, Priya no longer sees him in it.
    await b.page.getByRole('button', { name: /Library/ }).first().click();
    await expect.poll(() => a.page.getByText(/Also open by/).count(), { timeout: 20_000 }).toBe(0);

    // A third person opening the file gets both.
    const reader = createDraftLibrary({ folder: join(sharedFolder, 'reader-library'), writerName: 'Reader' });
    const onDisk = await reader.openFile(sharedPath);
    expect(onDisk.answers['dates-q1']?.rationale).toBe('We agree with the date; our PPMID changes are tested.');
    expect(onDisk.comments.map((c) => [c.author, c.text])).toEqual([['Sam Green', 'Say when testing finished.']]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  }, 120_000);
});
