/**
 * Where the time of loading a screen goes in Chromium, with 500 drafts in the
 * library: the page's own milestones (navigation timing, the requests, the
 * screen in the DOM, the next paint) and the script functions that took the
 * most time. A tool for finding work to cut, not part of `npm run bench`:
 *   node --import tsx bench/profile-load.ts [library|question] [drafts]
 * `question` opens the first question of the benchmark's large draft.
 * Build unminified to read function names (CRD_UNMINIFIED=1 npx electron-vite build).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, openAppPage } from '../test/e2e/support/browser';
import { startTestServer } from '../test/e2e/support/test-server';
import { createTestServices } from '../test/support/test-services';
import { withNameShim } from './browser-typing';
import { libraryOf } from './library-figures';
import { LARGE_DRAFT_ID, largeDraft } from './large-case';
import { selfTimes } from './cpu-profile';
import { FIRST_ROWS } from '../renderer/src/screens/library/first-rows';

async function main(): Promise<void> {
  const screen = process.argv[2] === 'question' ? 'question' : 'library';
  const drafts = Number(process.argv[3] ?? 500);
  const root = resolve(import.meta.dirname, '..');
  const folder = await mkdtemp(join(tmpdir(), 'crd-profile-load-'));
  await libraryOf(folder, drafts);
  const services = createTestServices({ libraryFolder: folder });
  await services.library.save(largeDraft());
  // As in the bench: the services have listed once, so the figure is the page's, not the first listing's.
  await services.library.list();
  const server = await startTestServer(join(root, 'out/renderer'), services);
  const browser = withNameShim(await launchBrowser());
  try {
    const { page } = await openAppPage(browser, 'about:blank');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    let firstRowsAt: number | null = null;
    if (screen === 'library') {
      await page.goto(`${server.url}#/`);
      await page.waitForFunction((rows) => document.querySelectorAll('table.draft-table tbody tr').length >= rows, Math.min(FIRST_ROWS, drafts));
      firstRowsAt = await page.evaluate(() => performance.now());
      await page.waitForFunction((rows) => document.querySelectorAll('table.draft-table tbody tr').length >= rows, drafts);
    } else {
      await page.goto(`${server.url}#/draft/${LARGE_DRAFT_ID}/${encodeURIComponent('question:q1')}`);
      await page.getByLabel('Rationale', { exact: true }).waitFor();
    }
    const painted = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0))));
    const { profile } = await cdp.send('Profiler.stop');
    // PROFILE_OUT=<folder>: the whole profile kept, to read call trees (e.g. in Chromium's DevTools).
    if (process.env.PROFILE_OUT) await writeFile(join(process.env.PROFILE_OUT, `${screen}.cpuprofile`), JSON.stringify(profile));
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => `${r.name.replace(/^.*\//, '')} ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`);
      return { responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, requests };
    });
    const firstRows = firstRowsAt === null ? '' : `first ${FIRST_ROWS} rows in the page by ${firstRowsAt.toFixed(0)} ms, `;
    console.log(`HTML received ${timing.responseEnd.toFixed(0)} ms, DOMContentLoaded ${timing.domContentLoaded.toFixed(0)} ms, load ${timing.load.toFixed(0)} ms, ${firstRows}${screen === 'library' ? `${drafts} rows` : 'the question screen'} painted by ${painted.toFixed(0)} ms`);
    console.log(`Requests:\n  ${timing.requests.join('\n  ')}`);
    console.log('\nScript self time (ms), most first:');
    for (const [where, ms] of selfTimes(profile).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)}  ${where}`);
  } finally {
    await browser.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
