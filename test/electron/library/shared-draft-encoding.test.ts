import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { sampleDraft } from '../../support/sample-draft';
import { withQ1 } from '../../support/shared-folder';

/**
 * A person typing alone in a large shared draft saves every few seconds. Encoding the whole merged draft for each
 * version handed back to their window would cost time in proportion to the draft at every autosave; a version is
 * instead the last encoded state plus this window's own changes since, and the whole draft is encoded afresh only
 * once 16 own changes have piled up (so they do not pile up in memory for the whole session), or when someone
 * else's change came in. The whole-draft encodings are counted as they happen (Yjs's encoder, wrapped).
 */
const count = vi.hoisted(() => ({ wholeDraftEncodings: 0 }));

vi.mock('yjs', async (importOriginal) => {
  const real = await importOriginal<typeof import('yjs')>();
  return {
    ...real,
    encodeStateAsUpdate: (doc: InstanceType<typeof real.Doc>, vector?: Uint8Array) => {
      // With a state vector it encodes only a change (each save's own update); without, the whole draft.
      if (vector === undefined) count.wholeDraftEncodings += 1;
      return real.encodeStateAsUpdate(doc, vector);
    },
  };
});

let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-encoding-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const writer = (machine: string): SharedDraft =>
  createSharedDraft({ draftPath, writer: { id: `${machine}-31-${randomBytes(4).toString('hex')}`, name: `${machine} user` } });

describe('a person saving alone in a shared draft', () => {
  it('has the whole draft encoded once, then again only every 16 saves, however often the app looks in between', async () => {
    const me = writer('THIS-PC');
    await me.start(start);
    me.noteWritten('the file as last written');
    const look = () => me.refresh({ content: start, sync: null, text: 'the file as last written' });
    count.wholeDraftEncodings = 0;
    let revision = (await look()).revision;
    expect(count.wholeDraftEncodings).toBe(1);

    // Which of 40 autosaves (each followed by the app's look at the shared changes) encoded the whole draft.
    const encodedAt: number[] = [];
    for (let save = 1; save <= 40; save += 1) {
      const before = count.wholeDraftEncodings;
      const saved = await me.commit(revision, (content) => withQ1(content, `Typed so far, save ${save}.`));
      const looked = await look();
      expect(looked.content.answers['dates-q1']?.rationale).toBe(`Typed so far, save ${save}.`);
      revision = saved.revision;
      if (count.wholeDraftEncodings > before) encodedAt.push(save);
    }
    expect(encodedAt).toEqual([16, 32]);
  });

  it('has the whole draft encoded again once a colleague’s save came in, so their edit is in the next version', async () => {
    const me = writer('THIS-PC');
    await me.start(start);
    const colleague = writer('OTHER-PC');
    await colleague.start(start);
    me.noteWritten('the file as last written');
    const look = () => me.refresh({ content: start, sync: null, text: 'the file as last written' });
    let revision = (await look()).revision;
    revision = (await me.commit(revision, (content) => withQ1(content, 'Mine.'))).revision;
    await colleague.commit(null, (content) => ({ ...content, name: 'Named by a colleague' }));
    count.wholeDraftEncodings = 0;

    const looked = await look();
    expect(count.wholeDraftEncodings).toBe(1);
    expect(looked.content.name).toBe('Named by a colleague');
    expect(looked.content.answers['dates-q1']?.rationale).toBe('Mine.');
    expect(looked.revision).not.toBe(revision);
  });
});
