import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { countWords } from '../../../shared/progress';

/** v1 files written by the app before format 2 (test/fixtures/drafts/make-v1-fixtures.ts). */
const V1 = resolve(import.meta.dirname, '../../fixtures/drafts/v1');
const FIXTURES = ['new.crdraft', 'in-review.crdraft', 'sent.crdraft', 'large-60x800.crdraft'];

interface V1File {
  id: string;
  name: string;
  status: string;
  exportFolder: string | null;
  answers: { questionId: string; position: string | null; rationale: string; confidential: boolean }[];
  comments: { id: string; target: string; text: string; resolved: boolean }[];
  history: unknown[];
  signOff: unknown;
  sent: unknown;
}

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-migrate-'));
  await mkdir(join(folder, 'drafts'), { recursive: true });
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function v1(name: string): Promise<{ text: string; json: V1File }> {
  const text = await readFile(join(V1, name), 'utf8');
  return { text, json: JSON.parse(text) as V1File };
}

describe('v1 draft files written by the previous version', () => {
  it.each(FIXTURES)('%s opens in the library, migrated, with its v1 original kept beside it', async (name) => {
    const { text, json } = await v1(name);
    const path = join(folder, 'drafts', `${json.id}.crdraft`);
    await copyFile(join(V1, name), path);
    const library = createDraftLibrary({ folder });

    const listing = await library.list();
    expect(listing.damaged).toEqual([]);
    expect(listing.drafts.map((d) => d.id)).toEqual([json.id]);
    const draft = await library.open(json.id);

    expect(draft.schemaVersion).toBe(2);
    expect(draft.name).toBe(json.name);
    expect(draft.status).toBe(json.status);
    expect(draft.signOff).toEqual(json.signOff);
    expect(draft.sent).toEqual(json.sent);
    expect(draft.history).toEqual(json.history);
    // Every answer is kept word for word, now under its question's id.
    expect(Object.keys(draft.answers)).toEqual(json.answers.map((a) => a.questionId));
    for (const old of json.answers) {
      expect(draft.answers[old.questionId]).toEqual({ position: old.position, rationale: old.rationale, confidential: old.confidential });
    }
    // Comment targets are tagged now; the words and their state are unchanged.
    expect(draft.comments.map((c) => [c.id, c.text, c.resolved])).toEqual(json.comments.map((c) => [c.id, c.text, c.resolved]));
    for (const [i, comment] of draft.comments.entries()) {
      const old = json.comments[i]!.target;
      expect(comment.target).toEqual(old.startsWith('question:') ? { kind: 'question', questionId: old.slice(9) } : { kind: 'section', section: old });
    }
    // The export folder was chosen on this machine for a draft in its own library, so it stays, as local state.
    expect(draft.exportFolder).toBe(json.exportFolder);

    expect(await readFile(`${path}.v1`, 'utf8')).toBe(text);
    const rewritten = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(rewritten.schemaVersion).toBe(2);
    expect(rewritten).not.toHaveProperty('exportFolder');
    // Opened again, it reads as the same draft, and the original is not copied twice.
    // (Each library is a new writer, so only the revision it hands out differs.)
    expect({ ...(await createDraftLibrary({ folder }).open(json.id)), syncRevision: null }).toEqual({ ...draft, syncRevision: null });
    expect((await readdir(join(folder, 'drafts'))).filter((n) => n.includes('.v1'))).toEqual([`${json.id}.crdraft.v1`]);
  });

  it('keeps all 60 answers of ~800 words of the large draft', async () => {
    const { json } = await v1('large-60x800.crdraft');
    await copyFile(join(V1, 'large-60x800.crdraft'), join(folder, 'drafts', `${json.id}.crdraft`));
    const draft = await createDraftLibrary({ folder }).open(json.id);
    const answers = Object.values(draft.answers);
    expect(answers).toHaveLength(60);
    expect(answers.every((a) => countWords(a.rationale) >= 780)).toBe(true);
    expect(answers.filter((a) => a.confidential)).toHaveLength(20);
  });

  it('does not take the export folder from a v1 file opened from outside the library', async () => {
    const { json } = await v1('sent.crdraft');
    expect(json.exportFolder).not.toBeNull();
    const shared = join(folder, 'shared-drive');
    await mkdir(shared);
    await copyFile(join(V1, 'sent.crdraft'), join(shared, 'from-a-colleague.crdraft'));
    const library = createDraftLibrary({ folder });
    const opened = await library.openFile(join(shared, 'from-a-colleague.crdraft'));
    expect(opened.exportFolder).toBeNull();
    expect(opened.schemaVersion).toBe(2);
    expect(await readFile(join(shared, 'from-a-colleague.crdraft.v1'), 'utf8')).toBe(await readFile(join(V1, 'sent.crdraft'), 'utf8'));
  });

  it('refuses a v1 file that is damaged, in plain words, and leaves it as it is', async () => {
    const { json } = await v1('in-review.crdraft');
    const broken = { ...json, answers: 'not a list' };
    const path = join(folder, 'drafts', `${json.id}.crdraft`);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, JSON.stringify(broken));
    const listing = await createDraftLibrary({ folder }).list();
    expect(listing.damaged).toEqual([expect.objectContaining({ id: json.id, problem: expect.stringContaining('not a valid response draft of format 1 (answers') })]);
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify(broken));
  });
});
