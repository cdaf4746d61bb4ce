import type { DraftLibrary } from './contracts';

/** A listing started at launch is handed to the window only this soon after; later, the window's ask reads afresh. */
export const EARLY_LISTING_MS = 10_000;

/**
 * The library, listed as soon as the app starts: the window's first listing (its first screen) then finds the
 * drafts read, or being read, while Chromium was still loading the page, instead of starting only when the page
 * asks. That listing is handed out once. Any other call to the library before it (a save, a draft file opened
 * by a double-click at launch) drops it, so the window never gets a listing older than a change.
 */
export function withEarlyListing(library: DraftLibrary, now: () => number = Date.now): DraftLibrary {
  const startedAt = now();
  let early: ReturnType<DraftLibrary['list']> | null = library.list();
  // Not the window's concern if it fails: its own ask then lists again and reports that listing's problem.
  early.catch(() => undefined);
  const list: DraftLibrary['list'] = () => {
    const started = early;
    early = null;
    if (started === null || now() - startedAt >= EARLY_LISTING_MS) return library.list();
    return started.catch(() => library.list());
  };
  // Every other method is the library's own, called after dropping the early listing: a Proxy rather than a
  // copy of each method, so a method added to DraftLibrary later cannot slip past the drop.
  return new Proxy(library, {
    get(target, key, receiver) {
      if (key === 'list') return list;
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        early = null;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
