import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { withQ1 } from '../../support/shared-folder';

/**
 * One shared draft seen by two writers: a window's save is applied to the version it was typed on, so a colleague's
 * edit saved meanwhile survives; an edit made to the file in a text editor is applied only when nothing came between.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-shared-versions-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

let next = 0;
function writer(name: string, clock?: () => Date): SharedDraft {
  next += 1;
  return createSharedDraft({ draftPath, writer: { id: `PC-${name}-${100 + next}-${randomBytes(4).toString('hex')}`, name: `${name} on PC` }, clock });
}

const q1 = (content: DraftFileContent) => content.answers['dates-q1']?.rationale;
type Snapshot = Parameters<SharedDraft['refresh']>[0];
/** The draft file as the last app to save wrote it: the merged content and its mark. */
let file: Snapshot;
beforeEach(() => {
  file = { content: start, sync: null, text: 'the file as first written' };
});

/** A save as the library makes it: the change committed, then the file rewritten with the merged draft. */
async function save(shared: SharedDraft, base: string | null, change: (before: DraftFileContent) => DraftFileContent) {
  const result = await shared.commit(base, change);
  file = { content: result.content, sync: shared.markFor(result.content), text: JSON.stringify(result.content) };
  shared.noteWritten(file.text);
  return result;
}

const look = (shared: SharedDraft) => shared.refresh(file);

async function opened(name: string, clock?: () => Date): Promise<{ shared: SharedDraft; revision: string; content: DraftFileContent }> {
  const shared = writer(name, clock);
  const { revision, content } = await look(shared);
  return { shared, revision, content };
}

describe('a window saving the version it was typed on', () => {
  it('keeps a colleague’s edit saved meanwhile, however often the window looked for changes', async () => {
    const a = await opened('Priya');
    const b = await opened('Sam');
    await save(b.shared, null, (before) => withQ1(before, 'Sam’s answer.'));
    // Priya's window looks for changes every few seconds; nothing new after the first look.
    for (let i = 0; i < 12; i += 1) await look(a.shared);
    // Her save comes from the copy she was typing on: the original answer, renamed.
    const saved = await save(a.shared, a.revision, () => ({ ...a.content, name: 'Renamed by Priya' }));
    expect([q1(saved.content), saved.content.name]).toEqual(['Sam’s answer.', 'Renamed by Priya']);
  });

  it('still knows the window’s version after seven newer ones were read', async () => {
    const a = await opened('Priya');
    const b = await opened('Sam');
    for (let i = 1; i <= 7; i += 1) {
      await save(b.shared, null, (before) => withQ1(before, `Sam’s answer, version ${i}.`));
      await look(a.shared);
    }
    const saved = await save(a.shared, a.revision, () => ({ ...a.content, name: 'Renamed by Priya' }));
    expect([q1(saved.content), saved.content.name]).toEqual(['Sam’s answer, version 7.', 'Renamed by Priya']);
  });

  it('hands back the window’s own line, so its next save builds on its last one and not on the colleague’s', async () => {
    const a = await opened('Priya');
    const b = await opened('Sam');
    await save(b.shared, null, (before) => ({ ...before, name: 'Named by Sam' }));
    const first = await save(a.shared, a.revision, (before) => withQ1(before, 'Priya, first save.'));
    expect(first.ownRevision).not.toBe(first.revision);
    expect(a.shared.isCurrent(first.revision)).toBe(true);
    expect(a.shared.isCurrent(first.ownRevision)).toBe(false);
    let seenBefore: DraftFileContent | null = null;
    const second = await save(a.shared, first.ownRevision, (before) => {
      seenBefore = before;
      return withQ1(before, 'Priya, second save.');
    });
    expect([q1(seenBefore!), seenBefore!.name]).toEqual(['Priya, first save.', start.name]);
    expect([q1(second.content), second.content.name]).toEqual(['Priya, second save.', 'Named by Sam']);
  });

  it('keeps every word of a long run of the window’s own saves once, when a colleague saves before its next one', async () => {
    const a = await opened('Priya');
    const b = await opened('Sam');
    let revision = a.revision;
    const revisions: string[] = [];
    let typed = '';
    // More saves than a version is rebuilt from before its state is encoded afresh.
    for (let i = 1; i <= 20; i += 1) {
      typed = `${typed}w${i} `;
      const saved = await save(a.shared, revision, (before) => withQ1(before, typed));
      revision = saved.ownRevision;
      revisions.push(revision);
    }
    await look(b.shared);
    await save(b.shared, null, (before) => ({ ...before, name: 'Named by Sam' }));
    let seen: DraftFileContent | null = null;
    const next = await save(a.shared, revision, (before) => {
      seen = before;
      return withQ1(before, `${typed}w21`);
    });
    expect(q1(seen!)).toBe(typed);
    expect([q1(next.content), next.content.name]).toEqual([`${typed}w21`, 'Named by Sam']);
    // A save naming one of the window's older versions still builds on everything the window saved since.
    const older = await save(a.shared, revisions[9]!, (before) => {
      seen = before;
      return withQ1(before, `${q1(before)} w22`);
    });
    expect(q1(seen!)).toBe(`${typed}w21`);
    expect([q1(older.content), older.content.name]).toEqual([`${typed}w21 w22`, 'Named by Sam']);
  });

  it('answers "not current" for a version it never handed out', async () => {
    const a = await opened('Priya');
    expect(a.shared.isCurrent(a.revision)).toBe(true);
    expect(a.shared.isCurrent('PC-Someone-1-00000000:1')).toBe(false);
  });

  it('refuses a change that would make the draft invalid, and writes none of it', async () => {
    const a = await opened('Priya');
    const folderBefore = await readdir(changesFolderFor(draftPath));
    const broken = a.shared.commit(null, (before) => ({ ...before, status: 'shredded' }) as unknown as DraftFileContent);
    await expect(broken).rejects.toMatchObject({ code: 'internal' });
    await expect(broken).rejects.toThrow(/^The merged draft is not valid \(.+\); nothing was changed\.$/);
    expect(await readdir(changesFolderFor(draftPath))).toEqual(folderBefore);
    expect(a.shared.latest()?.content.status).toBe('drafting');
  });
});

describe('an edit made to the draft file outside the app', () => {
  it('is applied when the file was written from the state the app holds', async () => {
    const a = await opened('Priya');
    const saved = await save(a.shared, null, (before) => withQ1(before, 'In the app.'));
    const mark = a.shared.markFor(saved.content);
    const edited = { ...saved.content, name: 'Renamed in a text editor' };
    const seen = await a.shared.refresh({ content: edited, sync: mark, text: JSON.stringify(edited) });
    expect(seen.outsideEdit).toBe('applied');
    expect([seen.content.name, q1(seen.content)]).toEqual(['Renamed in a text editor', 'In the app.']);
  });

  it('is applied to a draft nobody has saved yet, when the file carries no mark', async () => {
    const a = writer('Priya');
    await a.start(start);
    const edited = { ...start, name: 'Renamed before anyone saved' };
    const seen = await a.refresh({ content: edited, sync: null, text: JSON.stringify(edited) });
    expect(seen.outsideEdit).toBe('applied');
    expect(seen.content.name).toBe('Renamed before anyone saved');
  });

  it('made to an older state than a colleague’s save, is kept beside the draft and the colleague’s edit stays', async () => {
    const a = await opened('Priya', () => SAMPLE_NOW);
    const saved = await save(a.shared, null, (before) => withQ1(before, 'In the app.'));
    const mark = a.shared.markFor(saved.content);
    const b = await opened('Sam');
    await save(b.shared, null, (before) => withQ1(before, 'Sam’s later answer.'));
    const edited = { ...saved.content, name: 'Renamed in a text editor' };
    const seen = await a.shared.refresh({ content: edited, sync: mark, text: 'the edited file' });
    expect(seen.outsideEdit).toBe('kept-aside');
    expect([q1(seen.content), seen.content.name]).toEqual(['Sam’s later answer.', start.name]);
    const kept = `${draftPath}.outside-edit-2020-10-26T10-00-00-000Z`;
    expect(await readFile(kept, 'utf8')).toBe('the edited file');
    expect(seen.content.conflicts).toEqual([
      expect.objectContaining({ by: 'An edit outside the app', at: SAMPLE_NOW.toISOString(), summary: expect.stringContaining(`The file as changed is kept as ${kept}.`) }),
    ]);
  });

  it('is not mistaken for one when the file is the app’s own and colleagues have saved since', async () => {
    const a = await opened('Priya');
    const saved = await save(a.shared, null, (before) => withQ1(before, 'In the app.'));
    const mark = a.shared.markFor(saved.content);
    const b = await opened('Sam');
    await save(b.shared, null, (before) => ({ ...before, name: 'Named by Sam' }));
    const seen = await a.shared.refresh({ content: saved.content, sync: mark, text: 'the file as Priya’s app wrote it' });
    expect(seen.outsideEdit).toBeNull();
    expect([q1(seen.content), seen.content.name]).toEqual(['In the app.', 'Named by Sam']);
    expect(seen.content.conflicts).toEqual([]);
    expect((await readdir(folder)).filter((name) => name.includes('outside-edit'))).toEqual([]);
  });
});

describe('a colleague whose log was folded into their base', () => {
  it('is still followed: their next small edit is seen after their log shrank', async () => {
    const a = await opened('Priya');
    const b = await opened('Sam');
    const changes = changesFolderFor(draftPath);
    const folded = async () => (await readdir(changes)).includes(`${b.shared.writerId}.base`);
    // Sam writes a lot and Priya follows, until Sam's log passes 512 KB and is folded into Sam's base.
    while (!(await folded())) {
      await look(a.shared);
      await save(b.shared, null, (before) => withQ1(before, randomBytes(50 * 1024).toString('hex')));
    }
    await save(b.shared, null, (before) => withQ1(before, 'Short at last.'));
    expect((await stat(join(changes, `${b.shared.writerId}.updates`))).size).toBeLessThan(10 * 1024);
    expect(q1((await look(a.shared)).content)).toBe('Short at last.');
  });
});
