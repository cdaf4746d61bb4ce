/**
 * Where the time of a key press goes in Chromium: types into the large
 * draft's rationale and reports, per key, Chromium's own counters (style
 * recalculations, layouts, script, style and layout time) and, from a trace,
 * which script calls forced a synchronous style or layout. A tool for
 * finding work to cut, not part of `npm run bench`:
 *   node --import tsx bench/profile-typing.ts [keys]
 * It also lists the script functions that took the most time (self time, from
 * a CPU profile); build unminified to read their names
 * (CRD_UNMINIFIED=1 npx electron-vite build).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, openAppPage } from '../test/e2e/support/browser';
import { startTestServer } from '../test/e2e/support/test-server';
import { createTestServices } from '../test/support/test-services';
import { LARGE_DRAFT_ID, largeDraft } from './large-case';
import { withNameShim } from './browser-typing';
import { selfTimes } from './cpu-profile';

interface TraceEvent {
  name: string;
  ph: string;
  tid?: number;
  ts: number;
  dur?: number;
  args?: { beginData?: { stackTrace?: Array<{ functionName: string; url: string; lineNumber: number }> }; data?: { stackTrace?: Array<{ functionName: string; url: string; lineNumber: number }> } };
}

async function main(): Promise<void> {
  const keys = Number(process.argv[2] ?? 40);
  const root = resolve(import.meta.dirname, '..');
  const folder = await mkdtemp(join(tmpdir(), 'crd-profile-'));
  const services = createTestServices({ libraryFolder: folder });
  await services.library.save(largeDraft());
  const server = await startTestServer(join(root, 'out/renderer'), services);
  const browser = withNameShim(await launchBrowser());
  try {
    const { page } = await openAppPage(browser, 'about:blank');
    await page.goto(`${server.url}#/draft/${LARGE_DRAFT_ID}/${encodeURIComponent('question:q1')}`);
    const area = page.getByLabel('Rationale', { exact: true });
    await area.waitFor();
    await area.evaluate((element: HTMLTextAreaElement) => {
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => {
      events.push(...(data.value as unknown as TraceEvent[]));
    });
    const done = new Promise<void>((resolveDone) => cdp.once('Tracing.tracingComplete', () => resolveDone()));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', { categories: process.env.TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline.stack', transferMode: 'ReportEvents' });
    const before = await metrics();
    for (let i = 0; i < keys; i += 1) {
      await page.keyboard.type('abcdefghij'[i % 10] ?? 'x');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      await page.waitForTimeout(60);
    }
    const after = await metrics();
    const { profile } = await cdp.send('Profiler.stop');
    // CPU_PROFILE=file.cpuprofile keeps the whole profile, for Chromium DevTools' Performance panel.
    if (process.env.CPU_PROFILE) await writeFile(process.env.CPU_PROFILE, JSON.stringify(profile));
    await cdp.send('Tracing.end');
    await done;
    const per = (name: string, scale = 1) => (((after[name] ?? 0) - (before[name] ?? 0)) * scale) / keys;
    console.log(`Per key over ${keys} keys:`);
    console.log(`  style recalcs ${per('RecalcStyleCount').toFixed(1)}, layouts ${per('LayoutCount').toFixed(1)}`);
    console.log(`  script ${per('ScriptDuration', 1000).toFixed(2)} ms, style ${per('RecalcStyleDuration', 1000).toFixed(2)} ms, layout ${per('LayoutDuration', 1000).toFixed(2)} ms, task ${per('TaskDuration', 1000).toFixed(2)} ms`);
    const forced = new Map<string, { count: number; ms: number }>();
    for (const event of events) {
      if (event.name !== 'UpdateLayoutTree' && event.name !== 'Layout') continue;
      const stack = event.args?.beginData?.stackTrace ?? event.args?.data?.stackTrace;
      if (!stack || stack.length === 0) continue;
      const where = stack.slice(0, 3).map((f) => `${f.functionName || '(anonymous)'}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ');
      const entry = forced.get(`${event.name} ${where}`) ?? { count: 0, ms: 0 };
      entry.count += 1;
      entry.ms += (event.dur ?? 0) / 1000;
      forced.set(`${event.name} ${where}`, entry);
    }
    const byName = new Map<string, { count: number; ms: number }>();
    for (const event of events) {
      if (event.ph !== 'X' || event.dur === undefined) continue;
      const entry = byName.get(event.name) ?? { count: 0, ms: 0 };
      entry.count += 1;
      entry.ms += event.dur / 1000;
      byName.set(event.name, entry);
    }
    console.log('Trace events per key (count, total ms; nested events overlap):');
    for (const [name, { count, ms }] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
      console.log(`  ${(count / keys).toFixed(1)}× ${(ms / keys).toFixed(2)} ms  ${name}`);
    }
    // What each forced style-and-layout update sits inside: the chain of enclosing events on its thread.
    const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const parents = new Map<string, number>();
    const stacks = new Map<number, TraceEvent[]>();
    for (const event of complete) {
      const stack = stacks.get(event.tid ?? 0) ?? [];
      while (stack.length > 0 && (stack[stack.length - 1] as TraceEvent).ts + ((stack[stack.length - 1] as TraceEvent).dur ?? 0) <= event.ts) stack.pop();
      if (event.name === 'Document::UpdateStyleAndLayout') {
        const chain = stack.filter((e) => !/^(RunTask|ThreadControllerImpl|Blink\.|LocalFrameView::UpdateStyleAndLayout)/.test(e.name)).slice(-3).map((e) => e.name).join(' > ');
        parents.set(chain, (parents.get(chain) ?? 0) + 1);
      }
      stack.push(event);
      stacks.set(event.tid ?? 0, stack);
    }
    console.log('Document::UpdateStyleAndLayout per key, by what encloses it:');
    for (const [chain, count] of [...parents].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${(count / keys).toFixed(1)}×  ${chain}`);
    console.log('Script self time per key, by function (CPU profile):');
    for (const [where, ms] of selfTimes(profile).slice(0, 25)) console.log(`  ${(ms / keys).toFixed(2)} ms  ${where}`);
    console.log('Forced (from script) style/layout per key, by where:');
    for (const [where, { count, ms }] of [...forced].sort((a, b) => b[1].count - a[1].count).slice(0, 15)) {
      console.log(`  ${(count / keys).toFixed(1)}× ${(ms / keys).toFixed(2)} ms  ${where}`);
    }
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
