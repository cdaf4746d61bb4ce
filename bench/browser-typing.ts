import type { Browser, Page } from 'playwright-core';
import type { Services } from '../electron/services/contracts';
import { launchBrowser, openAppPage } from '../test/e2e/support/browser';
import { startTestServer } from '../test/e2e/support/test-server';
import { percentile } from './measure';
import { seededRandom } from './prng';

export interface BrowserFigures {
  /** Key press to the next frame the page produced, per key press (ms). */
  keyToPaint: number[];
  /** Key press to the end of the work it caused (event handlers, React's render and commit), per key press (ms). */
  keyHandled: number[];
  /** Key presses Chromium's own Event Timing API saw take 16 ms or more to their next paint. */
  eventTimingSlow: number;
  /** Console errors and page errors seen while measuring. */
  problems: string[];
}

declare global {
  interface Window {
    __crdReady?: { domAt: number; paintAt?: number };
    /** The library with every draft's row in the page, painted. */
    __crdComplete?: { domAt: number; paintAt?: number };
    __crdKeys?: Array<{ start: number; handled: number; painted: number }>;
    __crdSlowKeys?: number;
  }
}

/**
 * Runs in the page before any of the app's scripts. Marks the moment the
 * question screen is usable: a textarea labelled "Rationale" that is neither
 * disabled nor read-only. Then it waits for the frame that shows it.
 *
 * "Next paint" marker, used for both figures: a requestAnimationFrame callback
 * runs just before the browser computes style, lays out and paints the frame;
 * a message posted from inside it is delivered as the next task, i.e. only
 * after that frame has been painted and handed to the compositor. So
 * rAF + MessageChannel marks the end of the main thread's work for the first
 * frame that can show the change. (The compositor's raster and the display's
 * vsync come after; a page cannot observe them.) MessageChannel rather than
 * setTimeout(0), which Chromium may clamp.
 */
/**
 * What "interactive" means for the screen being loaded. The library is usable once its first `rows` rows
 * (the most urgent drafts) are there with their buttons; it is complete once all `allRows` are.
 */
export type ReadyWhen = { screen: 'question' } | { screen: 'library'; rows: number; allRows: number };

function installProbes(readyWhen: ReadyWhen): void {
  const afterNextPaint = (callback: () => void): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback();
      channel.port2.postMessage(null);
    });
  };
  const rationale = (): HTMLTextAreaElement | null => {
    for (const area of Array.from(document.querySelectorAll('textarea'))) {
      const labelled = Array.from(area.labels ?? []).some((label) => label.textContent?.trim() === 'Rationale');
      if (labelled && !area.disabled && !area.readOnly) return area;
    }
    return null;
  };
  const libraryRows = (rows: number): boolean => document.querySelectorAll('table.draft-table tbody tr button').length > 0 && document.querySelectorAll('table.draft-table tbody tr').length >= rows;
  const isReady = (): boolean => (readyWhen.screen === 'question' ? rationale() !== null : libraryRows(readyWhen.rows));
  const isComplete = (): boolean => (readyWhen.screen === 'question' ? isReady() : libraryRows(readyWhen.allRows));
  const markPainted = (): { domAt: number; paintAt?: number } => {
    const mark: { domAt: number; paintAt?: number } = { domAt: performance.now() };
    afterNextPaint(() => {
      mark.paintAt = performance.now();
    });
    return mark;
  };
  const observer = new MutationObserver(() => {
    if (!window.__crdReady && isReady()) window.__crdReady = markPainted();
    if (!window.__crdComplete && isComplete()) window.__crdComplete = markPainted();
    if (window.__crdReady && window.__crdComplete) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'readonly'] });

  window.__crdKeys = [];
  window.__crdSlowKeys = 0;
  addEventListener(
    'keydown',
    (event) => {
      // The event's own time stamp is when the browser received the key, so time spent queued behind other work counts.
      const start = event.timeStamp;
      const mark = { start, handled: Number.NaN, painted: Number.NaN };
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        mark.handled = performance.now();
      };
      // Posted now, delivered once this key press's keydown, input and React commit are done.
      channel.port2.postMessage(null);
      afterNextPaint(() => {
        mark.painted = performance.now();
        window.__crdKeys?.push(mark);
      });
    },
    true,
  );
  // Chromium's own measure of the same thing (the INP metric), as a cross-check; it reports only events of 16 ms or more.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'keydown') window.__crdSlowKeys = (window.__crdSlowKeys ?? 0) + 1;
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
}

/** Milliseconds from navigation to the screen painted usable, and to it painted complete. */
async function loadOnce(page: Page, url: string): Promise<{ interactive: number; complete: number }> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => window.__crdReady?.paintAt !== undefined && window.__crdComplete?.paintAt !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => ({ interactive: window.__crdReady?.paintAt ?? Number.NaN, complete: window.__crdComplete?.paintAt ?? Number.NaN }));
}

async function typeAndMeasure(page: Page, keys: number, seed: number): Promise<Pick<BrowserFigures, 'keyToPaint' | 'keyHandled' | 'eventTimingSlow'>> {
  const random = seededRandom(seed);
  const area = page.getByLabel('Rationale', { exact: true });
  await area.evaluate((element: HTMLTextAreaElement) => {
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  });
  const text = ' We would need three months of notice to make these changes safely and test them with our agents';
  for (let i = 0; i < keys; i += 1) {
    await page.keyboard.type(text[i % text.length] ?? 'x');
    await page.waitForFunction((n) => (window.__crdKeys?.length ?? 0) >= n, i + 1, { polling: 5 });
    // A brisk typist's gap between keys; every 50 keys a pause long enough for the autosave (600 ms) to run.
    await page.waitForTimeout((i + 1) % 50 === 0 ? 900 : random.int(40, 110));
  }
  const marks = await page.evaluate(() => ({ keys: window.__crdKeys ?? [], slow: window.__crdSlowKeys ?? 0 }));
  return {
    keyToPaint: marks.keys.map((m) => m.painted - m.start),
    keyHandled: marks.keys.map((m) => m.handled - m.start),
    eventTimingSlow: marks.slow,
  };
}

/**
 * The e2e harness's browser, made usable from a tsx script: tsx keeps function
 * names by wrapping functions in a `__name` helper, which does not exist inside
 * the page when a function is serialised into it, so every new context gets a
 * shim for it first.
 */
export function withNameShim(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext') {
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
          return context;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Load → interactive with an empty cache: each load in a new browser context
 * (a fresh profile: no HTTP cache, no storage), so nothing from an earlier
 * load helps. Served by the e2e test server over the real services.
 */
export async function measureLoads(options: {
  rendererFolder: string;
  services: Services;
  hash: string;
  readyWhen: ReadyWhen;
  loads: number;
}): Promise<{ loads: number[]; complete: number[]; problems: string[] }> {
  const server = await startTestServer(options.rendererFolder, options.services);
  const browser = withNameShim(await launchBrowser());
  const problems: string[] = [];
  try {
    const loads: number[] = [];
    const complete: number[] = [];
    for (let i = 0; i < options.loads; i += 1) {
      const opened = await openAppPage(browser, 'about:blank');
      await opened.page.addInitScript(installProbes, options.readyWhen);
      const loaded = await loadOnce(opened.page, `${server.url}${options.hash}`);
      loads.push(loaded.interactive);
      complete.push(loaded.complete);
      problems.push(...opened.problems);
      await opened.page.context().close();
    }
    return { loads, complete, problems };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Types into the rationale of one question of the large draft, in real Chromium, timing each key press. */
export async function measureTyping(options: { rendererFolder: string; services: Services; draftId: string; questionId: string; keys: number; seed: number }): Promise<BrowserFigures> {
  const server = await startTestServer(options.rendererFolder, options.services);
  const browser = withNameShim(await launchBrowser());
  try {
    const url = `${server.url}#/draft/${options.draftId}/${encodeURIComponent(`question:${options.questionId}`)}`;
    const { page, problems } = await openAppPage(browser, 'about:blank');
    await page.addInitScript(installProbes, { screen: 'question' } satisfies ReadyWhen);
    await loadOnce(page, url);
    const typing = await typeAndMeasure(page, options.keys, options.seed);
    return { ...typing, problems };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The same typing into a bare page holding only a textarea with the same
 * text: what Chromium itself takes per key on this machine at the moment, so
 * the app's share of the figure above can be told from the machine's.
 */
export async function measureBareTyping(options: { text: string; keys: number; seed: number }): Promise<BrowserFigures> {
  const browser = withNameShim(await launchBrowser());
  try {
    const { page, problems } = await openAppPage(browser, 'about:blank');
    await page.addInitScript(installProbes, { screen: 'question' } satisfies ReadyWhen);
    const escaped = options.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<!doctype html><meta charset="utf-8"><body style="font: 15px system-ui"><label for="r">Rationale</label><br><textarea id="r" rows="14" spellcheck="true" lang="en-GB" style="width: 48rem; font: inherit; line-height: 1.5; padding: 0.45rem 0.6rem">${escaped}</textarea>`;
    await page.route('http://bare.test/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await loadOnce(page, 'http://bare.test/');
    const typing = await typeAndMeasure(page, options.keys, options.seed);
    return { ...typing, problems };
  } finally {
    await browser.close();
  }
}

/**
 * Load → painted for a bare page holding only a table of `rows` rows with a button each, no script, each load
 * in a fresh profile as the app's loads are: what Chromium itself takes on this machine to start a page and paint
 * it, so the app's share of the load figures can be told from the machine's.
 */
export async function measureBareLoads(options: { rows: number; loads: number }): Promise<number[]> {
  const browser = withNameShim(await launchBrowser());
  const rows = Array.from({ length: options.rows }, (_, i) => `<tr><td>Draft ${i + 1}</td><td>28 Oct 2020</td><td><button>Open</button></td></tr>`).join('');
  const html = `<!doctype html><meta charset="utf-8"><title>Bare</title><body style="font: 15px system-ui"><h1>Drafts</h1><table class="draft-table"><tbody>${rows}</tbody></table>`;
  try {
    const loads: number[] = [];
    for (let i = 0; i < options.loads; i += 1) {
      const { page } = await openAppPage(browser, 'about:blank');
      await page.addInitScript(installProbes, { screen: 'library', rows: options.rows, allRows: options.rows } satisfies ReadyWhen);
      await page.route('http://bare.test/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
      loads.push((await loadOnce(page, 'http://bare.test/')).interactive);
      await page.context().close();
    }
    return loads;
  } finally {
    await browser.close();
  }
}

export function keyFigures(samples: readonly number[]): { p50: number; p95: number; max: number } {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}
