import { stat } from 'node:fs/promises';
import { readTextUpTo } from './bounded-read';
import { z } from 'zod';
import { DraftSummarySchema, type DraftSummary } from '../../shared/model';
import { writeFileAtomic } from './atomic-file';

// 2: drafts in format v2 (answers keyed by question id).
const CACHE_VERSION = 2;

const EntrySchema = z.object({ mtimeMs: z.number(), size: z.number(), summary: DraftSummarySchema });
const CacheFileSchema = z.object({ version: z.literal(CACHE_VERSION), entries: z.record(z.string(), EntrySchema) });
type Entry = z.infer<typeof EntrySchema>;

export interface DraftSummaryCache {
  /**
   * The summary of the draft file at `path`: the cached one while the file's
   * modification time and size are unchanged, otherwise `read()`'s (which
   * may throw for a damaged file; nothing is cached then).
   */
  summary(path: string, read: () => Promise<DraftSummary>): Promise<DraftSummary>;
  /** Writes the cache file if anything changed, keeping only the paths seen since the last persist. */
  persist(): Promise<void>;
  /** Starts reading the cache file, so it is read before the listing's many file lookups queue up behind it. */
  preload(): void;
}

/**
 * Summaries of draft files keyed by path, modification time and size, kept in
 * memory and in `file` so that listing a large library, even in a fresh
 * process, reads each draft only when it changed. The cache file is only a
 * shortcut: if it is missing or unreadable every draft is read again.
 */
/** A summary takes about a kilobyte: a cache file far larger than thousands of drafts need is not read. */
const MAX_CACHE_FILE_BYTES = 16 * 1024 * 1024;

export function createDraftSummaryCache(file: string): DraftSummaryCache {
  // One load shared by every caller: listings ask for many summaries at once.
  let loading: Promise<Map<string, Entry>> | null = null;
  let seen = new Set<string>();
  let changed = false;

  function load(): Promise<Map<string, Entry>> {
    loading ??= readTextUpTo(file, MAX_CACHE_FILE_BYTES).then(
      (text) => {
        if (text === null) return new Map<string, Entry>();
        const parsed = CacheFileSchema.safeParse(JSON.parse(text));
        return new Map(parsed.success ? Object.entries(parsed.data.entries) : []);
      },
      () => new Map(),
    ).catch(() => new Map<string, Entry>());
    return loading;
  }

  return {
    preload() {
      void load();
    },

    async summary(path, read) {
      const [cache, info] = await Promise.all([load(), stat(path)]);
      seen.add(path);
      const cached = cache.get(path);
      if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.summary;
      const summary = await read();
      cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, summary });
      changed = true;
      return summary;
    },

    async persist() {
      const cache = await load();
      for (const path of cache.keys()) {
        if (!seen.has(path)) {
          cache.delete(path);
          changed = true;
        }
      }
      seen = new Set();
      if (!changed) return;
      changed = false;
      try {
        await writeFileAtomic(file, JSON.stringify({ version: CACHE_VERSION, entries: Object.fromEntries(cache) }));
      } catch {
        // Only a shortcut: the next listing reads the drafts again.
      }
    },
  };
}
