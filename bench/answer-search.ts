import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnswerSearch, draftFilesIn } from '../electron/services/answer-search';
import { writeManyDrafts } from '../test/support/many-drafts';
import { time, type Timing } from './measure';

export const SEARCH_LIBRARY_SIZE = 500;

export interface SearchFigures {
  /** The first search, which reads and indexes every draft file. */
  cold: number;
  /** Later searches, which only check the files for changes. */
  warm: Timing;
  matches: number;
}

/** Searching the answers of a 500-draft library, as "Reuse an earlier answer" does. */
export async function measureAnswerSearch(runs: number): Promise<SearchFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'crd-bench-search-'));
  try {
    await writeManyDrafts(folder, SEARCH_LIBRARY_SIZE);
    const query = { text: 'PPMID firmware', issuer: null, excludeDraftId: null, limit: 20 };
    const search = createAnswerSearch({ draftFiles: draftFilesIn(join(folder, 'drafts')) });
    const started = performance.now();
    const first = await search.search(query);
    const cold = performance.now() - started;
    const warm = await time(() => search.search(query), { runs });
    return { cold, warm, matches: first.matches.length };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
