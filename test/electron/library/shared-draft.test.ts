import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addComment, applyWorkflowAction } from '../../../shared/draft-changes';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { defaultWriterName } from '../../../electron/services/sync/writer';
import { draftInSharedFolder, withAnswer, type SharedFolder } from '../../support/shared-folder';

let shared: SharedFolder | null = null;
afterEach(async () => {
  await shared?.remove();
  shared = null;
});

async function twoPeople(options: { merge?: boolean } = {}) {
  shared = await draftInSharedFolder(2, options);
  const [a, b] = shared.libraries as [ReturnType<typeof createDraftLibrary>, ReturnType<typeof createDraftLibrary>];
  const draftA = await a.openFile(shared.path);
  const draftB = await b.openFile(shared.path);
  return { a, b, draftA, draftB, path: shared.path };
}

/** These drafts are unfinished and past their 2020 deadline; the signer says why they sign off anyway. */
const SIGNED_ANYWAY = { items: ['Questions are unanswered and the deadline has passed.'], reason: 'Recording who signed off first.' };

describe('two people saving one draft in a shared folder', () => {
  it('keeps both people’s answers to different questions, and each sees the other’s', async () => {
    const { a, b, draftA, draftB } = await twoPeople();
    await a.save(withAnswer(draftA, 'q-1', 'Priya: we agree with Q1.'));
    // B never saw A's answer: B's copy is still the one it opened.
    const savedB = await b.save(withAnswer(draftB, 'q-2', 'Sam: we disagree with Q2.'));
    expect(savedB.merged?.answers['q-1']?.rationale).toBe('Priya: we agree with Q1.');
    expect(savedB.merged?.answers['q-2']?.rationale).toBe('Sam: we disagree with Q2.');
    // A hears of B's answer without reopening.
    const seenByA = await a.shared(draftA.id, draftA.syncRevision ?? null);
    expect(seenByA.draft?.answers['q-2']?.rationale).toBe('Sam: we disagree with Q2.');
    // And the file itself holds both, for anyone who opens or copies it.
    const file = JSON.parse(await readFile(shared!.path, 'utf8'));
    expect([file.answers['q-1'].rationale, file.answers['q-2'].rationale]).toEqual(['Priya: we agree with Q1.', 'Sam: we disagree with Q2.']);
  });

  it('names in the timeline who made each change', async () => {
    const { a, b, draftA, draftB } = await twoPeople();
    const linesBefore = draftA.history.length;
    await a.save(withAnswer(draftA, 'q-1', 'Priya: we agree with Q1.'));
    const comment = { id: 'c-1', target: { kind: 'question' as const, questionId: 'q-1' }, author: 'Person 2', text: 'Cite the figure.' };
    const savedB = await b.save(addComment(withAnswer(draftB, 'q-2', 'Sam: we disagree with Q2.'), comment, new Date()));
    const added = savedB.merged!.history.slice(linesBefore).map((line) => [line.kind, line.summary, line.by]);
    // Lines added at the same time by two people come in the merge's order, not necessarily the clock's.
    expect(added).toHaveLength(3);
    expect(added).toEqual(expect.arrayContaining([
      ['edited', expect.stringContaining('Q1'), 'Person 1 on PC-1'],
      ['edited', expect.stringContaining('Q2'), 'Person 2 on PC-2'],
      ['commented', expect.any(String), 'Person 2 on PC-2'],
    ]));
    // Lines from before the draft was shared are not claimed by whoever opened it first.
    expect(savedB.merged!.history.slice(0, linesBefore).every((line) => line.by === undefined)).toBe(true);
  });

  it('keeps both people’s words when they change the same answer at the same time', async () => {
    const { a, b, draftA, draftB } = await twoPeople();
    const start = await a.save(withAnswer(draftA, 'q-1', 'We agree with the proposal.'));
    const base = start.merged!;
    const fromB = (await b.shared(draftB.id, null)).draft!;
    expect(fromB.answers['q-1']?.rationale).toBe('We agree with the proposal.');
    await a.save(withAnswer(base, 'q-1', 'We agree with the proposal. Costs are £2m.'));
    const savedB = await b.save(withAnswer(fromB, 'q-1', 'On balance, we agree with the proposal.'));
    const text = savedB.merged?.answers['q-1']?.rationale ?? '';
    expect(text).toContain('Costs are £2m.');
    expect(text).toContain('On balance, ');
    expect(text).toBe('On balance, we agree with the proposal. Costs are £2m.');
  });

  it('keeps a colleague’s cut when the other person’s next save comes from a copy made before it', async () => {
    const { a, b, draftA, draftB } = await twoPeople();
    const mine = (await a.save(withAnswer(draftA, 'q-1', 'Keep this. Delete this sentence. End.'))).merged!;
    const theirs = (await b.shared(draftB.id, null)).draft!;
    // The colleague only deletes: a change that adds nothing must still count as a change.
    await b.save(withAnswer(theirs, 'q-1', 'Keep this. End.'));
    expect((await a.shared(mine.id, mine.syncRevision ?? null)).draft?.answers['q-1']?.rationale).toBe('Keep this. End.');
    // A's window had not taken the cut in yet, and adds to the same answer.
    const saved = await a.save(withAnswer(mine, 'q-1', 'Keep this. Delete this sentence. End. More.'));
    expect(saved.merged?.answers['q-1']?.rationale).toBe('Keep this. End. More.');
  });

  it('keeps a reviewer’s comment when the author’s autosave comes from a copy without it', async () => {
    const { a, b, draftA, draftB } = await twoPeople();
    const comment = { id: 'c-1', target: { kind: 'question' as const, questionId: 'q-1' }, author: 'Reviewer', text: 'Cite the figure.' };
    await b.save(addComment(draftB, comment, new Date()));
    const savedA = await a.save(withAnswer(draftA, 'q-1', 'Author keeps typing.'));
    expect(savedA.merged?.comments.map((c) => c.text)).toEqual(['Cite the figure.']);
    expect(savedA.merged?.history.some((h) => h.summary.includes('comment'))).toBe(true);
    expect(savedA.merged?.answers['q-1']?.rationale).toBe('Author keeps typing.');
  });

  it('lets only one person sign off; the other is told why, and later edits are refused', async () => {
    const { a, b, draftA } = await twoPeople();
    const date = '2020-10-27';
    await a.update(draftA.id, (d) => applyWorkflowAction(d, { kind: 'request-review' }, new Date()));
    const signed = await a.update(draftA.id, (d) => applyWorkflowAction(d, { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Director', date, incomplete: SIGNED_ANYWAY }, new Date()));
    expect(signed.status).toBe('signed-off');
    await expect(b.update(draftA.id, (d) => applyWorkflowAction(d, { kind: 'sign-off', name: 'Sam Green', jobTitle: 'Director', date }, new Date()))).rejects.toThrow(/signed off/i);
    const staleB = await b.open(draftA.id);
    expect(staleB.signOff?.name).toBe('Jordan Lee');
  });

  it('refuses, with the reason, a save from someone whose copy predates a colleague’s sign-off', async () => {
    const { a, b, draftA, draftB } = await twoPeople();
    await a.update(draftA.id, (d) => applyWorkflowAction(d, { kind: 'request-review' }, new Date()));
    await a.update(draftA.id, (d) => applyWorkflowAction(d, { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Director', date: '2020-10-27', incomplete: SIGNED_ANYWAY }, new Date()));
    await expect(b.save(withAnswer(draftB, 'q-3', 'Too late.'))).rejects.toMatchObject({ code: 'locked' });
  });

  it('takes in an edit made to the file outside the app while it is open', async () => {
    const { a, draftA, path } = await twoPeople();
    await a.save(withAnswer(draftA, 'q-1', 'Saved in the app first.'));
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.name = 'Renamed in a text editor';
    await writeFile(path, JSON.stringify(file, null, 2));
    const seen = await a.shared(draftA.id, draftA.syncRevision ?? null);
    expect(seen.draft?.name).toBe('Renamed in a text editor');
    const saved = await a.save(withAnswer(seen.draft!, 'q-1', 'Typed after the outside edit.'));
    expect(saved.merged?.name).toBe('Renamed in a text editor');
  });

  it('keeps an outside edit that a save from the window’s older copy meets, rather than undoing it', async () => {
    const { a, draftA, path } = await twoPeople();
    const saved = (await a.save(withAnswer(draftA, 'q-1', 'Alpha view.'))).merged!;
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.answers['q-1'].rationale = 'Corrected in a text editor.';
    await writeFile(path, JSON.stringify(file, null, 2));
    // The window has not looked since: its copy still says "Alpha view." and it saves another answer.
    const next = (await a.save(withAnswer(saved, 'q-2', 'Second answer.'))).merged!;
    expect(next.answers['q-1']?.rationale).toBe('Corrected in a text editor.');
    expect(next.answers['q-2']?.rationale).toBe('Second answer.');
  });

  it('sees an outside edit of the same length made in place just after its own save, not the copy it remembers', async () => {
    const { a, draftA, path } = await twoPeople();
    const saved = (await a.save(withAnswer(draftA, 'q-1', 'Alpha view.'))).merged!;
    // Same size, same file, at once: only the file's changed time tells this edit from the app's own write.
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"Alpha view."', '"Omega view."'), { flag: 'r+' });
    const seen = await a.shared(saved.id, saved.syncRevision ?? null);
    expect(seen.draft?.answers['q-1']?.rationale).toBe('Omega view.');
  });

  it('still sees an outside edit or a colleague’s save after looks that found nothing new', async () => {
    const { a, b, draftA, draftB, path } = await twoPeople();
    const saved = await a.save(withAnswer(draftA, 'q-1', 'Saved in the app first.'));
    const mine = saved.merged!;
    // Looking again and again with nothing new finds nothing (and need not read the file each time).
    expect((await a.shared(mine.id, mine.syncRevision ?? null)).draft).toBeNull();
    expect((await a.shared(mine.id, mine.syncRevision ?? null)).draft).toBeNull();
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.name = 'Renamed in a text editor';
    await writeFile(path, JSON.stringify(file, null, 2));
    const afterEdit = (await a.shared(mine.id, mine.syncRevision ?? null)).draft;
    expect(afterEdit?.name).toBe('Renamed in a text editor');
    expect((await a.shared(afterEdit!.id, afterEdit!.syncRevision ?? null)).draft).toBeNull();
    await b.save(withAnswer(draftB, 'q-2', 'Sam: we disagree with Q2.'));
    expect((await a.shared(afterEdit!.id, afterEdit!.syncRevision ?? null)).draft?.answers['q-2']?.rationale).toBe('Sam: we disagree with Q2.');
  });

  it('keeps aside an older copy of the file put back over it (as a sync tool may), rather than undoing a colleague’s cut', async () => {
    const { a, b, draftA, draftB, path } = await twoPeople();
    const mine = (await a.save(withAnswer(draftA, 'q-1', 'Keep this. Delete this sentence. End.'))).merged!;
    const older = await readFile(path, 'utf8');
    const theirs = (await b.shared(draftB.id, null)).draft!;
    await b.save(withAnswer(theirs, 'q-1', 'Keep this. End.'));
    // The copy from before the cut comes back, renamed: an outside edit made to an older state.
    const edited = JSON.parse(older);
    edited.name = 'Renamed in the old copy';
    await writeFile(path, JSON.stringify(edited, null, 2));
    const seen = (await a.shared(mine.id, null)).draft!;
    expect(seen.answers['q-1']?.rationale).toBe('Keep this. End.');
    expect(seen.conflicts.map((c) => c.summary).join(' ')).toMatch(/outside-edit-/);
  });

  it('keeps an outside edit made to an older version beside the draft, with a conflict saying where', async () => {
    const { a, b, draftA, draftB, path } = await twoPeople();
    const older = await readFile(path, 'utf8');
    await b.save(withAnswer(draftB, 'q-2', 'Saved by the app meanwhile.'));
    const edited = JSON.parse(older);
    edited.name = 'Edited from an old copy';
    await writeFile(path, JSON.stringify(edited, null, 2));
    const seen = (await a.shared(draftA.id, null)).draft!;
    expect(seen.answers['q-2']?.rationale).toBe('Saved by the app meanwhile.');
    expect(seen.conflicts.map((c) => c.summary).join(' ')).toMatch(/outside-edit-/);
    const kept = (await readdir(join(path, '..'))).filter((n) => n.includes('.outside-edit-'));
    expect(kept).toHaveLength(1);
  });

  it('shows who else has the draft open', async () => {
    const { a, b, draftA } = await twoPeople();
    const seen = await a.shared(draftA.id, null);
    expect(seen.others.map((p) => p.name)).toEqual(['Person 2 on PC-2']);
    const seenByB = await b.shared(draftA.id, null);
    expect(seenByB.others.map((p) => p.name)).toEqual(['Person 1 on PC-1']);
  });

  it('stops showing a person as soon as they leave the draft or close the app', async () => {
    const { a, b, draftA } = await twoPeople();
    await b.leave(draftA.id);
    expect((await a.shared(draftA.id, null)).others).toEqual([]);
    expect((await b.shared(draftA.id, null)).others.map((p) => p.name)).toEqual(['Person 1 on PC-1']);
    await a.leaveAll();
    expect((await b.shared(draftA.id, null)).others).toEqual([]);
  });

  it('names a person from their profile once it is filled in, and by the OS user and machine until then', async () => {
    const { a, draftA, path } = await twoPeople();
    let profileName = '';
    const named = createDraftLibrary({ folder: join(shared!.scratch, 'person-3'), writerName: async () => (profileName ? `${profileName} on PC-3` : '') });
    await named.openFile(path);
    expect((await a.shared(draftA.id, null)).others.map((p) => p.name)).toContain(defaultWriterName());
    profileName = 'Alex Moore';
    await named.shared(draftA.id, null);
    // Presence is refreshed every 20 s; a new library shows the new name at once.
    const renamed = createDraftLibrary({ folder: join(shared!.scratch, 'person-3'), writerName: async () => `${profileName} on PC-3` });
    await renamed.openFile(path);
    expect((await a.shared(draftA.id, null)).others.map((p) => p.name)).toContain('Alex Moore on PC-3');
  });

  it('opens a copy of the draft file made without its changes folder at its last saved state', async () => {
    const { a, b, draftA, draftB, path } = await twoPeople();
    await a.save(withAnswer(draftA, 'q-1', 'First.'));
    await b.save(withAnswer(draftB, 'q-2', 'Second.'));
    const copy = join(shared!.scratch, 'emailed.crdraft');
    await copyFile(path, copy);
    const reader = createDraftLibrary({ folder: join(shared!.scratch, 'reader') });
    const opened = await reader.openFile(copy);
    expect([opened.answers['q-1']?.rationale, opened.answers['q-2']?.rationale]).toEqual(['First.', 'Second.']);
  });

  it('with merging switched off, loses the first person’s answer (what the merge prevents)', async () => {
    const { a, b, draftA, draftB, path } = await twoPeople({ merge: false });
    await a.save(withAnswer(draftA, 'q-1', 'Priya: we agree with Q1.'));
    await b.save(withAnswer(draftB, 'q-2', 'Sam: we disagree with Q2.'));
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(file.answers['q-1'].rationale).toBe('');
  });
});
