import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createDraftLibrary } from '../electron/services/draft-library';
import { writeManyDrafts } from '../test/support/many-drafts';
import { coldAndWarm, coldProbe } from './cold';
import { median } from './measure';

export interface ListingFigures {
  drafts: number;
  /** A fresh process's first listing with no summary cache on disk (the very first start). */
  firstEver: number;
  /** A fresh process's first listing, the summary cache on disk from an earlier run (medians over processes). */
  cold: number;
  /** Later listings in the same process. */
  warm: number;
}

/** Listing a library of `count` drafts written as the app writes them, in fresh processes and warm. */
export async function measureListing(folder: string, count: number, processes: number, runs: number): Promise<ListingFigures> {
  await writeManyDrafts(folder, count);
  const firstEver = (await coldProbe('list', folder, 0)).firstMs;
  const { first, later } = await coldAndWarm('list', folder, processes, runs);
  return { drafts: count, firstEver, cold: median(first), warm: median(later) };
}

/** A library folder of `count` drafts, listed once so it is as the app leaves it. */
export async function libraryOf(folder: string, count: number): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await writeManyDrafts(folder, count);
  await createDraftLibrary({ folder: join(folder) }).list();
}
