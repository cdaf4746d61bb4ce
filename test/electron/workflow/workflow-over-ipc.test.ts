import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIpcHandlers, type IpcHandlers } from '../../../electron/ipc-handlers';
import type { ResponseDraft } from '../../../shared/model';
import { ipcValue } from '../../support/ipc-value';
import { createTestServices, type TestServices } from '../../support/test-services';
import { dccConsultation, SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';

let folder: string;
let exportFolder: string;
let services: TestServices;
let handlers: IpcHandlers;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-workflow-'));
  exportFolder = await mkdtemp(join(tmpdir(), 'crd-workflow-exports-'));
  services = createTestServices({ libraryFolder: folder, exportFolder, clock: () => SAMPLE_NOW });
  handlers = createIpcHandlers(services);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(exportFolder, { recursive: true, force: true });
});


async function filledDraft(): Promise<ResponseDraft> {
  const created = await ipcValue(handlers['draft:create']({ consultationId: dccConsultation.id }));
  const filled = { ...sampleDraft(), id: created.id, createdAt: created.createdAt, history: created.history };
  await ipcValue(handlers['draft:save']({ draft: filled }));
  return filled;
}

describe('sign-off through the IPC contract', () => {
  it('locks the draft: a save from the window is refused and the file is unchanged', async () => {
    const draft = await filledDraft();
    await ipcValue(handlers['draft:workflow']({ id: draft.id, action: { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26' } }));
    const path = join(folder, 'drafts', `${draft.id}.crdraft`);
    const before = await readFile(path, 'utf8');

    const refused = await handlers['draft:save']({ draft: { ...draft, answers: { 'dates-q1': { ...draft.answers['dates-q1']!, rationale: 'changed after sign-off' } } } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('exports the signed letter without the DRAFT mark, then records it as sent', async () => {
    const draft = await filledDraft();
    await ipcValue(handlers['export:chooseFolder']({ draftId: draft.id }));
    const early = await ipcValue(handlers['export:run']({ draftId: draft.id, kinds: ['letter-full'], overwrite: false }));
    expect(early.draft.history.at(-1)).toMatchObject({ kind: 'exported', signedOff: false });

    await ipcValue(handlers['draft:workflow']({ id: draft.id, action: { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26' } }));
    const signed = await ipcValue(handlers['export:run']({ draftId: draft.id, kinds: ['email'], overwrite: true }));
    const letter = signed.files.find((f) => f.kind === 'letter-full')!;
    expect(signed.draft.history.at(-1)).toMatchObject({ kind: 'exported', signedOff: true });

    const sent = await ipcValue(handlers['draft:workflow']({ id: draft.id, action: { kind: 'mark-sent', sentOn: '2020-10-27', sha256: letter.sha256 } }));
    expect(sent).toMatchObject({ status: 'sent', sent: { sha256: letter.sha256, fileName: letter.fileName } });
  });
});

describe('the respondent profile', () => {
  it('fills a new draft with the organisation, contact and signatory', async () => {
    const profile = {
      respondent: { ...sampleDraft().respondent },
      signatory: { name: 'Jordan Lee', jobTitle: 'Head of Regulation' },
    };
    await ipcValue(handlers['settings:saveProfile']({ profile }));
    const draft = await ipcValue(handlers['draft:create']({ consultationId: dccConsultation.id }));
    expect(draft.respondent.organisation).toBe('Acme Energy Ltd');
    expect(draft.signatory).toEqual({ name: 'Jordan Lee', jobTitle: 'Head of Regulation', signature: null });
  });
});

describe('reusing earlier answers', () => {
  it('finds an answer in another draft and notes where an inserted answer came from', async () => {
    const earlier = await filledDraft();
    const current = await ipcValue(handlers['draft:create']({ consultationId: dccConsultation.id }));
    const result = await ipcValue(handlers['answers:search']({ text: 'change freeze', issuer: 'Smart DCC', excludeDraftId: current.id, limit: 10 }));
    expect(result.matches.map((m) => [m.draftId, m.questionLabel])).toEqual([[earlier.id, 'Dates Q1']]);
    expect(result.draftsSearched).toBe(2);
    expect((await ipcValue(handlers['answers:search']({ text: 'change freeze', issuer: 'Ofgem', excludeDraftId: null, limit: 10 }))).matches).toEqual([]);

    const owned = await ipcValue(handlers['draft:noteReuse']({ id: current.id, questionId: 'dates-q1', fromDraftId: earlier.id, fromQuestionId: 'dates-q1' }));
    expect(owned.history.at(-1)).toMatchObject({ kind: 'reused', fromDraftId: earlier.id, fromQuestionLabel: 'Dates Q1' });
  });
});
