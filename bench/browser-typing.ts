import type { Browser, Page } from 'playwright-core';
import type { Services } from '../electron/services/contracts';
import { launchBrowser, openAppPage } from '../test/e2e/support/browser';
import { startTestServer } from '../test/e2e/support/test-server';
import { percentile, summarise, type Timing } from './measure';
import { seededRandom } from './prng';

export interface BrowserFigures {
  /** Key press to the next frame the page produced, per key press (ms). */
  keyToPaint: number[];
  /** Key press to the end of the work it caused (event handlers, React's render and commit), per key press (ms). */
  keyHandled: number[];
  /** Key presses Chromium's own Event Timing API saw take 16 ms or more to their next paint. */
  eventTimingSlow: number;
  /** Navigation start to the rationale textarea present, editable and painted. */
  loadToInteractive: Timing;
  /** Console errors and page errors seen while measuring. */
  problems: string[];
}

declare global {
  interface Window {
    __crdReady?: { domAt: number; paintAt?: number };
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
function installProbes(): void {
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
  const observer = new MutationObserver(() => {
    if (window.__crdReady || !rationale()) return;
    const ready: { domAt: number; paintAt?: number } = { domAt: performance.now() };
    window.__crdReady = ready;
    observer.disconnect();
    afterNextPaint(() => {
      ready.paintAt = performance.now();
    });
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

async function loadOnce(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => window.__crdReady?.paintAt !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => window.__crdReady?.paintAt ?? Number.NaN);
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
function withNameShim(browser: Browser): Browser {
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
 * Serves the built renderer over the real services (the e2e test server) and
 * measures in real Chromium: loading the app straight onto a question of the
 * large draft, then typing into its rationale.
 */
export async function measureInBrowser(options: {
  rendererFolder: string;
  services: Services;
  draftId: string;
  questionId: string;
  keys: number;
  loads: number;
  seed: number;
}): Promise<BrowserFigures> {
  const server = await startTestServer(options.rendererFolder, options.services);
  const browser = await launchBrowser();
  try {
    const url = `${server.url}#/draft/${options.draftId}/${encodeURIComponent(`question:${options.questionId}`)}`;
    const { page, problems } = await openAppPage(withNameShim(browser), 'about:blank');
    await page.addInitScript(installProbes);
    // The first load warms Chromium's caches and the server; it is not counted.
    await loadOnce(page, url);
    const loads: number[] = [];
    for (let i = 0; i < options.loads; i += 1) loads.push(await loadOnce(page, url));
    const typing = await typeAndMeasure(page, options.keys, options.seed);
    return { ...typing, loadToInteractive: summarise(loads), problems };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function keyFigures(samples: readonly number[]): { p50: number; p95: number; max: number } {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}
