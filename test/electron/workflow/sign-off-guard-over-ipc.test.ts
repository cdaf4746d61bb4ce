import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResponseDraft } from '../../../shared/model';
import { ipcValue } from '../../support/ipc-value';
import { libraryWithDraft, type LibraryWithDraft } from '../../support/library-with-draft';
import { sampleDraft } from '../../support/sample-draft';

let library: LibraryWithDraft | null = null;
afterEach(async () => {
  await library?.remove();
  library = null;
});

/** The sample draft with Dates Q1 left blank: the one question has neither a position nor reasons. */
function unansweredDraft(id: string): ResponseDraft {
  return { ...sampleDraft(), id, answers: { 'dates-q1': { position: null, rationale: '', confidential: false } } };
}

const signOff = { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26' } as const;

describe('sign-off asked for over IPC, skipping the window’s dialog', () => {
  it('refuses to lock a draft with an unanswered question when no reason is given, and leaves the file as it was', async () => {
    library = await libraryWithDraft(unansweredDraft);
    const { handlers, draft, scratch } = library;
    const path = join(scratch, 'library', 'drafts', `${draft.id}.crdraft`);
    const before = await readFile(path, 'utf8');

    const result = await handlers['draft:workflow']({ id: draft.id, action: signOff });

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/cannot be signed off without a reason/);
    expect(result.error.message).toContain('Dates Q1 has no position yet');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await ipcValue(handlers['draft:open']({ id: draft.id }))).status).toBe('drafting');
  });

  it('signs off the same draft when the signer records why, and keeps the reason in the history', async () => {
    library = await libraryWithDraft(unansweredDraft);
    const { handlers, draft } = library;
    const incomplete = { items: ['Dates Q1 has no answer yet.'], reason: 'We have no view on the date.' };

    const signed = await ipcValue(handlers['draft:workflow']({ id: draft.id, action: { ...signOff, incomplete } }));

    expect(signed.status).toBe('signed-off');
    expect(signed.history.at(-1)).toMatchObject({ kind: 'signed-off', summary: expect.stringContaining('Reason given: We have no view on the date.') });
  });

  it('signs off a complete draft before its deadline without asking for a reason', async () => {
    library = await libraryWithDraft((id) => ({ ...sampleDraft(), id }));
    const { handlers, draft } = library;

    const signed = await ipcValue(handlers['draft:workflow']({ id: draft.id, action: signOff }));

    expect(signed).toMatchObject({ status: 'signed-off', signOff: { name: 'Jordan Lee' } });
  });
});
