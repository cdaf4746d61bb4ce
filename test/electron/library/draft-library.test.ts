import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { AppError } from '../../../shared/app-error';
import { dccConsultation, SAMPLE_NOW, SAMPLE_RESPONDENT } from '../../support/sample-draft';
import { signature } from '../../shared/letter/letter-fixtures';

let folder: string;
let library: DraftLibrary;
let ids: string[];

function nextId(): string {
  const id = ids.shift();
  if (!id) throw new Error('test ran out of ids');
  return id;
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-library-'));
  ids = ['draft-one', 'draft-two', 'draft-three'];
  library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: nextId });
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe('the draft library on disk', () => {
  it('offers the bundled DCC consultation on first run, with no drafts yet', async () => {
    const listing = await library.list();
    expect(listing.drafts).toEqual([]);
    expect(listing.consultations.map((c) => c.reference)).toContain('date_con_consultation_issued');
  });

  it('starts a response with one empty answer for Dates Q1 and saves it as a file', async () => {
    const draft = await library.create(dccConsultation.id);
    expect(draft.answers).toEqual({ 'dates-q1': { position: null, rationale: '', confidential: false } });
    const onDisk = JSON.parse(await readFile(join(folder, 'drafts', 'draft-one.crdraft'), 'utf8'));
    expect(onDisk.consultation.questions[0].label).toBe('Dates Q1');
    expect(onDisk.schemaVersion).toBe(2);
  });

  it('fills a new draft from the profile, signature image included', async () => {
    const profile = {
      respondent: SAMPLE_RESPONDENT,
      signatory: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', signature },
      reviewerName: '',
      bankHolidayRegion: 'england-and-wales' as const,
    };
    const draft = await library.create(dccConsultation.id, profile);
    expect(draft.respondent).toEqual(SAMPLE_RESPONDENT);
    expect(draft.signatory).toEqual({ name: 'Jordan Lee', jobTitle: 'Head of Regulation', signature });
    const onDisk = JSON.parse(await readFile(join(folder, 'drafts', 'draft-one.crdraft'), 'utf8'));
    expect(onDisk.signatory.signature.dataBase64).toBe(signature.dataBase64);
  });

  it('round-trips a saved draft and keeps the previous version as a backup', async () => {
    const draft = await library.create(dccConsultation.id);
    const first = { ...draft, answers: { 'dates-q1': { ...draft.answers['dates-q1']!, position: 'agree' as const, rationale: 'First thoughts' } } };
    await library.save(first);
    const second = { ...first, answers: { 'dates-q1': { ...first.answers['dates-q1']!, rationale: 'Second thoughts' } } };
    await library.save(second);

    expect((await library.open(draft.id)).answers['dates-q1']!.rationale).toBe('Second thoughts');
    const backup = JSON.parse(await readFile(join(folder, 'drafts', 'draft-one.crdraft.bak'), 'utf8'));
    expect(backup.answers['dates-q1'].rationale).toBe('First thoughts');
    expect((await readdir(join(folder, 'drafts'))).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('lists a file that does not parse as damaged, with its path, and never overwrites it', async () => {
    const draft = await library.create(dccConsultation.id);
    await library.save({ ...draft, name: 'Good version' });
    const path = join(folder, 'drafts', 'draft-one.crdraft');
    await writeFile(path, '{"schemaVersion": 1, "id": "draft-one", "truncated');

    const listing = await library.list();
    expect(listing.drafts).toEqual([]);
    expect(listing.damaged).toEqual([expect.objectContaining({ id: 'draft-one', path, hasBackup: true })]);
    expect(listing.damaged[0]!.problem).toMatch(/not valid JSON/);

    const error = await expectAppError(library.save({ ...draft, name: 'Would overwrite' }), 'damaged');
    expect(error.message).toContain(path);
    expect(await readFile(path, 'utf8')).toBe('{"schemaVersion": 1, "id": "draft-one", "truncated');
  });

  it('restores the backup of a damaged draft and keeps the damaged file aside', async () => {
    const draft = await library.create(dccConsultation.id);
    await library.save({ ...draft, name: 'Good version' });
    await library.save({ ...draft, name: 'Later version' });
    await writeFile(join(folder, 'drafts', 'draft-one.crdraft'), 'garbage');

    const restored = await library.restoreBackup('draft-one');
    expect(restored.name).toBe('Good version');
    expect((await library.open('draft-one')).name).toBe('Good version');
    const names = await readdir(join(folder, 'drafts'));
    const aside = names.find((n) => n.includes('.damaged-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(folder, 'drafts', aside!), 'utf8')).toBe('garbage');
  });

  it('refuses a draft file from a future format version with a clear message', async () => {
    const draft = await library.create(dccConsultation.id);
    const path = join(folder, 'drafts', 'draft-one.crdraft');
    await writeFile(path, JSON.stringify({ ...draft, schemaVersion: 7 }));
    const error = await expectAppError(library.open('draft-one'), 'future-version');
    expect(error.message).toMatch(/newer version of the app \(format 7/);
    await expectAppError(library.save(draft), 'future-version');
  });

  it('refuses ids that could escape the library folder', async () => {
    for (const id of ['../escape', '..', 'a/b', 'C:\\x', '']) {
      await expectAppError(library.open(id), 'invalid-argument');
      await expectAppError(library.remove(id), 'invalid-argument');
    }
  });

  it('leaves the old file intact when a write fails, as on a full disk', async () => {
    const draft = await library.create(dccConsultation.id);
    await library.save({ ...draft, name: 'Kept' });
    const path = join(folder, 'drafts', 'draft-one.crdraft');
    const before = await readFile(path, 'utf8');
    const diskFull = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const failing = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, writeFile: async () => Promise.reject(diskFull) });

    const error = await expectAppError(failing.save({ ...draft, name: 'Lost?' }), 'io');
    expect(error.message).toMatch(/Could not .*ENOSPC/);
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('leaves the old file intact when the real atomic write cannot replace it', async () => {
    const draft = await library.create(dccConsultation.id);
    await library.save({ ...draft, name: 'Kept' });
    const path = join(folder, 'drafts', 'draft-one.crdraft');
    const before = await readFile(path, 'utf8');
    // A folder where the backup should go makes the rename fail, even for root.
    await rm(`${path}.bak`);
    await mkdir(`${path}.bak`);
    await writeFile(join(`${path}.bak`, 'occupied'), 'x');

    await expectAppError(library.save({ ...draft, name: 'Lost?' }), 'io');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await readdir(join(folder, 'drafts'))).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('renames, duplicates and deletes drafts', async () => {
    await library.create(dccConsultation.id);
    const renamed = await library.rename('draft-one', 'Acme response to date con');
    expect(renamed.name).toBe('Acme response to date con');
    const copy = await library.duplicate('draft-one');
    expect(copy.name).toBe('Copy of Acme response to date con');
    expect((await library.list()).drafts.map((d) => d.id).sort()).toEqual(['draft-one', 'draft-two']);

    await library.remove('draft-one');
    expect((await library.list()).drafts.map((d) => d.id)).toEqual(['draft-two']);
    expect((await readdir(join(folder, 'deleted'))).length).toBe(1);
    const history = (await library.open('draft-two')).history;
    expect(history.map((h) => h.kind)).toEqual(['created']);
  });

  it('keeps imported consultations beside the bundled one', async () => {
    await library.addConsultation({ ...dccConsultation, id: 'secas-mp-123', title: 'SECAS MP123', source: 'imported' });
    const listing = await library.list();
    expect(listing.consultations.map((c) => c.id)).toEqual([dccConsultation.id, 'secas-mp-123']);
    const draft = await library.create('secas-mp-123');
    expect(draft.consultation.title).toBe('SECAS MP123');
  });
});

describe('saves from the window and the fields the main process owns', () => {
  it('keeps the export history on disk when a save from the window carries an older history', async () => {
    const draft = await library.create(dccConsultation.id);
    const sha256 = 'a'.repeat(64);
    await library.update(draft.id, (d) => ({
      ...d,
      exportFolder: '/exports',
      history: [...d.history, { kind: 'exported', at: SAMPLE_NOW.toISOString(), summary: 'Exported', exportKind: 'letter-full', fileName: 'x.docx', sha256, signedOff: false }],
    }));
    const { owned } = await library.save({ ...draft, name: 'Typed while exporting' });
    const onDisk = await library.open(draft.id);
    expect(onDisk.name).toBe('Typed while exporting');
    expect(onDisk.exportFolder).toBe('/exports');
    expect(onDisk.history.map((h) => h.kind)).toEqual(['created', 'exported', 'edited']);
    expect(owned.history).toEqual(onDisk.history);
  });

  it('refuses a save to a signed-off draft, leaving the file as it was', async () => {
    const draft = await library.create(dccConsultation.id);
    await library.update(draft.id, (d) => ({ ...d, status: 'signed-off', signOff: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26', at: SAMPLE_NOW.toISOString() } }));
    const before = await readFile(join(folder, 'drafts', 'draft-one.crdraft'), 'utf8');
    const error = await expectAppError(library.save({ ...draft, name: 'Sneaky edit' }), 'locked');
    expect(error.message).toMatch(/read-only/);
    expect(await readFile(join(folder, 'drafts', 'draft-one.crdraft'), 'utf8')).toBe(before);
  });

  it('cannot be used to sign a draft off: status and sign-off from the window are ignored', async () => {
    const draft = await library.create(dccConsultation.id);
    await library.save({ ...draft, status: 'signed-off', signOff: { name: 'Forged', jobTitle: 'Nobody', date: '2020-10-26', at: SAMPLE_NOW.toISOString() } });
    const onDisk = await library.open(draft.id);
    expect(onDisk.status).toBe('drafting');
    expect(onDisk.signOff).toBeNull();
  });
});

describe('tidying up after a crash', () => {
  it('removes temporary files a killed save left behind, but not one that may still be in use', async () => {
    const draft = await library.create(dccConsultation.id);
    const drafts = join(folder, 'drafts');
    const old = join(drafts, `${draft.id}.crdraft.tmp-123-abcd`);
    const fresh = join(drafts, `${draft.id}.crdraft.tmp-456-ef01`);
    await writeFile(old, '{"half": ');
    await writeFile(fresh, '{"half": ');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, anHourAgo, anHourAgo);
    const sweeping = createDraftLibrary({ folder, clock: () => new Date() });
    expect((await sweeping.list()).drafts).toHaveLength(1);
    expect((await readdir(drafts)).filter((n) => !n.endsWith('-changes')).sort()).toEqual([`${draft.id}.crdraft`, `${draft.id}.crdraft.tmp-456-ef01`]);
  });
});
