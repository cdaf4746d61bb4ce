import { watch, type FSWatcher } from 'chokidar';
import { mkdir } from 'node:fs/promises';

/** Colleagues' saves arrive in bursts (a log record, then the draft file); one notice per burst is enough. */
const SETTLE_MS = 250;

export interface ChangesWatcher {
  /** Follows one draft's changes folder (only one draft is open per window); replaces any earlier one. */
  follow(folder: string, onChange: () => void): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Hears others' saves to a shared draft through chokidar, so they appear
 * without waiting for the window's next look. Network drives may not report
 * changes at all; the window still looks every few seconds, so nothing
 * depends on this beyond speed.
 */
export function createChangesWatcher(): ChangesWatcher {
  let watcher: FSWatcher | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function stop(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const closing = watcher;
    watcher = null;
    await closing?.close();
  }

  return {
    async follow(folder, onChange) {
      await stop();
      await mkdir(folder, { recursive: true }).catch(() => undefined);
      const current = watch(folder, { ignoreInitial: true, depth: 0, ignored: (path) => path.includes('.tmp-') || path.endsWith('.presence.json') });
      watcher = current;
      current.on('all', () => {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          if (watcher === current) onChange();
        }, SETTLE_MS);
      });
      // A watcher that cannot watch (too many files open, a folder gone) leaves the window's own looking.
      current.on('error', () => undefined);
      await new Promise<void>((ready) => current.once('ready', () => ready()));
    },
    stop,
  };
}
