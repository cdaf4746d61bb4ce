import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { EARLY_LISTING_MS, withEarlyListing } from '../../../electron/services/early-listing';
import { dccConsultation, SAMPLE_NOW } from '../../support/sample-draft';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-early-listing-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A real library in a temporary folder that counts how often the drafts folder is listed. */
function countedLibrary(): { library: DraftLibrary; listings: () => number } {
  const real = createDraftLibrary({ folder, clock: () => SAMPLE_NOW });
  let listings = 0;
  const library: DraftLibrary = {
    ...real,
    list: () => {
      listings += 1;
      return real.list();
    },
  };
  return { library, listings: () => listings };
}

describe('the library listed as the app starts', () => {
  it("gives the window's first listing the one started at launch, without listing again", async () => {
    const { library: real, listings } = countedLibrary();
    await real.create(dccConsultation.id);
    const library = withEarlyListing(real);
    expect(listings()).toBe(1);
    const first = await library.list();
    expect(first.drafts).toHaveLength(1);
    expect(listings()).toBe(1);
  });

  it('lists afresh for every later ask, so a draft added since is there', async () => {
    const { library: real, listings } = countedLibrary();
    const library = withEarlyListing(real);
    await library.list();
    await real.create(dccConsultation.id);
    expect((await library.list()).drafts).toHaveLength(1);
    expect(listings()).toBe(2);
  });

  it('drops the early listing when anything else reaches the library first, so a draft started meanwhile is listed', async () => {
    const { library: real, listings } = countedLibrary();
    const library = withEarlyListing(real);
    const created = await library.create(dccConsultation.id);
    const listed = await library.list();
    expect(listed.drafts.map((d) => d.id)).toEqual([created.id]);
    // Listed again, not merely lucky that the early listing read the folder after the draft was written.
    expect(listings()).toBe(2);
  });

  it('lists afresh when the window asks long after launch', async () => {
    const { library: real, listings } = countedLibrary();
    let clock = 0;
    const library = withEarlyListing(real, () => clock);
    clock = EARLY_LISTING_MS;
    await library.list();
    expect(listings()).toBe(2);
  });

  it('lists again when the early listing failed, and the window gets that listing', async () => {
    const { library: real } = countedLibrary();
    let failOnce = true;
    const flaky: DraftLibrary = {
      ...real,
      list: () => {
        if (failOnce) {
          failOnce = false;
          return Promise.reject(new Error('the drive was not mounted yet'));
        }
        return real.list();
      },
    };
    const library = withEarlyListing(flaky);
    await expect(library.list()).resolves.toMatchObject({ drafts: [] });
  });
});
