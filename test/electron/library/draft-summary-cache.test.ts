import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { serialiseDraft } from '../../../electron/services/draft-file';
import { writeManyDrafts } from '../../support/many-drafts';

let folder: string;
const draftFile = (id: string) => join(folder, 'drafts', `${id}.crdraft`);
/** A new library object is what a fresh start of the app sees: nothing in memory, only the folder. */
const freshLibrary = () => createDraftLibrary({ folder });

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-summaries-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('listing a library through the summary cache', () => {
  it('shows a change made to a draft file by someone else (a colleague, crd) on the next listing, even after a restart', async () => {
    const [first] = await writeManyDrafts(folder, 3);
    const library = freshLibrary();
    expect((await library.list()).drafts.find((d) => d.id === first!.id)?.name).toBe(first!.name);
    await writeFile(draftFile(first!.id), serialiseDraft({ ...first!, name: 'Renamed elsewhere' }));
    expect((await library.list()).drafts.find((d) => d.id === first!.id)?.name).toBe('Renamed elsewhere');
    expect((await freshLibrary().list()).drafts.find((d) => d.id === first!.id)?.name).toBe('Renamed elsewhere');
  });

  it('reads a draft file again only when its time or size changed', async () => {
    const [first] = await writeManyDrafts(folder, 2);
    const path = draftFile(first!.id);
    const written = new Date('2025-01-01T10:00:00.000Z');
    await utimes(path, written, written);
    await freshLibrary().list();
    // Same size and time, other bytes: only a listing that trusts the cache still shows the old summary.
    const text = await readFile(path, 'utf8');
    await writeFile(path, 'x'.repeat(text.length));
    await utimes(path, written, written);
    expect((await freshLibrary().list()).drafts.map((d) => d.id)).toContain(first!.id);
    // Touching the file is enough for it to be read again, and found damaged.
    await utimes(path, written, new Date(written.getTime() + 2000));
    const listing = await freshLibrary().list();
    expect(listing.drafts.map((d) => d.id)).not.toContain(first!.id);
    expect(listing.damaged.map((d) => d.id)).toEqual([first!.id]);
  });

  it('lists correctly when the cache file is damaged, and drops drafts that were deleted', async () => {
    const drafts = await writeManyDrafts(folder, 3);
    const library = freshLibrary();
    await library.list();
    await writeFile(join(folder, 'draft-summaries.json'), '{"version": 1, "entries": {"x": 1');
    expect((await freshLibrary().list()).drafts).toHaveLength(3);
    await library.remove(drafts[0]!.id);
    expect((await freshLibrary().list()).drafts.map((d) => d.id).sort()).toEqual([drafts[1]!.id, drafts[2]!.id]);
    const cache = JSON.parse(await readFile(join(folder, 'draft-summaries.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(cache.entries).sort()).toEqual([draftFile(drafts[1]!.id), draftFile(drafts[2]!.id)]);
  });

  it('does not read a cache file far larger than any library needs (16 MB), and lists from the drafts instead', async () => {
    const [first] = await writeManyDrafts(folder, 2);
    await freshLibrary().list();
    const cachePath = join(folder, 'draft-summaries.json');
    const cache = JSON.parse(await readFile(cachePath, 'utf8')) as { entries: Record<string, { summary: { name: string } }> };
    cache.entries[draftFile(first!.id)]!.summary.name = 'A name only the oversized cache holds';
    // Valid JSON, padded past the limit: read, it would show the name above.
    await writeFile(cachePath, JSON.stringify(cache) + ' '.repeat(16 * 1024 * 1024));
    expect((await freshLibrary().list()).drafts.find((d) => d.id === first!.id)?.name).toBe(first!.name);
  });
});
