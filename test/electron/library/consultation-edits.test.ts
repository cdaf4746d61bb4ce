import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIpcHandlers, type IpcHandlers } from '../../../electron/ipc-handlers';
import type { Consultation } from '../../../shared/model';
import { ipcValue } from '../../support/ipc-value';
import { createTestServices } from '../../support/test-services';
import { dccConsultation } from '../../support/sample-draft';

let folder: string;
let handlers: IpcHandlers;
let now = new Date('2022-02-20T09:00:00.000Z');

const mp205: Consultation = {
  id: 'typed-mp205',
  title: 'MP205 Refinement Consultation',
  reference: 'MP205',
  issuer: 'SECAS',
  issuedOn: '2022-02-18',
  respondBy: { date: '2022-03-04', time: '17:00' },
  responseEmail: 'sec.change@smartenergycodecompany.co.uk',
  classification: 'SECAS Public',
  questions: [
    { id: 'q-1', label: 'Question 1', text: 'Do you agree with the proposed solution for MP205?', section: '', kind: 'agree' },
    { id: 'q-2', label: 'Question 2', text: 'Will MP205 impact your organisation?', section: '', kind: 'open' },
  ],
  publicationNotice: '',
  source: 'typed',
};

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-consultation-edits-'));
  handlers = createIpcHandlers(createTestServices({ libraryFolder: folder, clock: () => now }));
  await ipcValue(handlers['consultation:add']({ consultation: mp205 }));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const readSaved = async (id: string) => JSON.parse(await readFile(join(folder, 'consultations', `${id}.json`), 'utf8')) as Consultation;

describe('correcting a saved consultation', () => {
  it('writes the corrected deadline to its file, stamped with when it was corrected, and lists it', async () => {
    now = new Date('2022-02-24T15:00:00.000Z');
    await ipcValue(handlers['consultation:update']({ consultation: { ...mp205, respondBy: { date: '2022-03-11', time: '17:00' } } }));
    expect(await readSaved(mp205.id)).toMatchObject({ respondBy: { date: '2022-03-11', time: '17:00' }, correctedAt: '2022-02-24T15:00:00.000Z', source: 'typed' });
    const { consultations } = await ipcValue(handlers['library:list'](undefined));
    expect(consultations.find((c) => c.id === mp205.id)?.respondBy).toEqual({ date: '2022-03-11', time: '17:00' });
  });

  it('refuses, in plain words, a correction that leaves no questions, and keeps the file as it was', async () => {
    const before = await readFile(join(folder, 'consultations', `${mp205.id}.json`), 'utf8');
    const result = await handlers['consultation:update']({ consultation: { ...mp205, questions: [] } });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'Add at least one question: a response answers the consultation’s questions.' } });
    expect(await readFile(join(folder, 'consultations', `${mp205.id}.json`), 'utf8')).toBe(before);
  });

  it('refuses to change the consultation that comes with the app, or one that is not in the library', async () => {
    expect(await handlers['consultation:update']({ consultation: { ...dccConsultation, title: 'Changed' } })).toMatchObject({ ok: false, error: { message: /comes with the app cannot be corrected/ } });
    expect(await handlers['consultation:update']({ consultation: { ...mp205, id: 'typed-gone' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await readdir(join(folder, 'consultations'))).toEqual([`${mp205.id}.json`]);
  });
});

describe('removing a saved consultation', () => {
  it('moves it out of the library into the deleted folder; a draft started from it keeps its own copy', async () => {
    const draft = await ipcValue(handlers['draft:create']({ consultationId: mp205.id }));
    await ipcValue(handlers['consultation:remove']({ id: mp205.id }));

    expect((await ipcValue(handlers['library:list'](undefined))).consultations.map((c) => c.id)).toEqual([dccConsultation.id]);
    expect((await readdir(join(folder, 'deleted'))).filter((n) => n.startsWith(`${mp205.id}-`))).toHaveLength(1);
    expect((await ipcValue(handlers['draft:open']({ id: draft.id }))).consultation).toEqual(mp205);
  });

  it('refuses to remove the bundled consultation', async () => {
    expect(await handlers['consultation:remove']({ id: dccConsultation.id })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('a draft taking up the corrected consultation', () => {
  async function startedDraft() {
    const draft = await ipcValue(handlers['draft:create']({ consultationId: mp205.id }));
    const answered = { ...draft, answers: { 'q-1': { position: 'agree' as const, rationale: 'We support it.', confidential: false }, 'q-2': { position: null, rationale: 'Six months of work.', confidential: false } } };
    await ipcValue(handlers['draft:save']({ draft: answered }));
    return answered;
  }

  it('gets the corrected questions and deadline, keeps its answers by question, and keeps a removed question’s answer in the history', async () => {
    const draft = await startedDraft();
    now = new Date('2022-02-24T15:00:00.000Z');
    const corrected = await ipcValue(
      handlers['consultation:update']({
        consultation: { ...mp205, respondBy: { date: '2022-03-11', time: '17:00' }, questions: [{ ...mp205.questions[0]!, text: 'Do you agree with the proposed solution for MP205? Please give reasons.' }] },
      }),
    );
    const updated = await ipcValue(handlers['draft:takeUpCorrection']({ id: draft.id, correctedAt: corrected.correctedAt! }));

    const onDisk = await ipcValue(handlers['draft:open']({ id: draft.id }));
    expect(onDisk).toEqual(updated);
    expect(onDisk.consultation.respondBy).toEqual({ date: '2022-03-11', time: '17:00' });
    expect(onDisk.answers).toEqual({ 'q-1': { position: 'agree', rationale: 'We support it.', confidential: false } });
    expect(onDisk.history.at(-1)).toMatchObject({ kind: 'consultation-updated', removedAnswers: [{ questionLabel: 'Question 2', rationale: 'Six months of work.' }] });
    const board = (await ipcValue(handlers['library:list'](undefined))).drafts.find((d) => d.id === draft.id);
    expect(board?.respondBy).toEqual({ date: '2022-03-11', time: '17:00' });
  });

  it('is refused for a signed-off draft, whose file stays as it was', async () => {
    const draft = await startedDraft();
    await ipcValue(handlers['draft:workflow']({ id: draft.id, action: { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2022-02-23' } }));
    const path = join(folder, 'drafts', `${draft.id}.crdraft`);
    const before = await readFile(path, 'utf8');
    const corrected = await ipcValue(handlers['consultation:update']({ consultation: { ...mp205, title: 'MP205 (corrected)' } }));
    expect(await handlers['draft:takeUpCorrection']({ id: draft.id, correctedAt: corrected.correctedAt! })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('is refused when the consultation was corrected again after the user looked at the changes', async () => {
    const draft = await startedDraft();
    now = new Date('2022-02-24T15:00:00.000Z');
    const first = await ipcValue(handlers['consultation:update']({ consultation: { ...mp205, title: 'MP205 (corrected)' } }));
    now = new Date('2022-02-24T15:05:00.000Z');
    await ipcValue(handlers['consultation:update']({ consultation: { ...mp205, questions: [mp205.questions[0]!] } }));
    expect(await handlers['draft:takeUpCorrection']({ id: draft.id, correctedAt: first.correctedAt! })).toMatchObject({ ok: false, error: { message: /corrected again/ } });
    expect(Object.keys((await ipcValue(handlers['draft:open']({ id: draft.id }))).answers)).toHaveLength(2);
  });
});
