import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnswerSearch, draftFilesIn } from '../../../electron/services/answer-search';
import type { AnswerSearch } from '../../../electron/services/contracts';
import { serialiseDraft } from '../../../electron/services/draft-file';
import { writeManyDrafts } from '../../support/many-drafts';
import type { ResponseDraft } from '../../../shared/model';

let folder: string;
let drafts: ResponseDraft[];
let search: AnswerSearch;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-search-'));
  drafts = await writeManyDrafts(folder, 500);
  search = createAnswerSearch({ draftFiles: draftFilesIn(join(folder, 'drafts')) });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('searching the answers of a 500-draft library', () => {
  it('finds exactly the drafts whose answers name the words, newest first', async () => {
    const result = await search.search({ text: 'PPMID firmware', issuer: null, excludeDraftId: null, limit: 100 });
    expect(result.draftsSearched).toBe(500);
    const expected = drafts.filter((_, n) => n % 8 === 1).map((d) => d.id).reverse();
    expect(result.matches.map((m) => m.draftId)).toEqual(expected.slice(0, 63));
  });

  it('narrows by issuer and finds one draft by its own words', async () => {
    const byIssuer = await search.search({ text: 'standing charges', issuer: 'ofgem', excludeDraftId: null, limit: 100 });
    // Topic 3 falls on n = 3, 11, 19…; Ofgem on n = 2, 6, 10…: never together.
    expect(byIssuer.matches).toEqual([]);
    const one = await search.search({ text: 'ref-417', issuer: null, excludeDraftId: null, limit: 5 });
    expect(one.matches.map((m) => m.draftId)).toEqual(['draft-0417']);
  });

  it('matches the question text too, and leaves out the draft being written', async () => {
    const result = await search.search({ text: 'Tuesday 3 November', issuer: null, excludeDraftId: 'draft-0499', limit: 1000 });
    expect(result.matches).toHaveLength(499);
    expect(result.matches.some((m) => m.draftId === 'draft-0499')).toBe(false);
  });

  it('sees a draft saved since the last search', async () => {
    const changed = { ...drafts[5]!, answers: { 'dates-q1': { ...drafts[5]!.answers['dates-q1']!, rationale: 'A brand new zebra argument.' } } };
    await writeFile(join(folder, 'drafts', `${changed.id}.crdraft`), serialiseDraft(changed));
    const result = await search.search({ text: 'zebra', issuer: null, excludeDraftId: null, limit: 10 });
    expect(result.matches.map((m) => m.draftId)).toEqual([changed.id]);
  });
});
