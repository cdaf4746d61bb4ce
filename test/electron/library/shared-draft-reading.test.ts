import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { sampleDraft } from '../../support/sample-draft';
import { withQ1 } from '../../support/shared-folder';

/**
 * On a shared network drive every byte read from a colleague's file crosses the network, and the app looks at the
 * shared changes every few seconds while a draft is open. A look must therefore read only what changed since the
 * last one: a colleague's file that did not change is not read again, and a log that grew is taken in from where the
 * last look stopped, not replayed from its start. The reads are recorded as they happen (the module's own file
 * reader and record decoder, wrapped; the real files do the work).
 */
const seen = vi.hoisted(() => ({
  /** Names a listing of the folder still shows after the files went (a colleague folding in that instant). */
  staleNames: [] as string[],
  reads: [] as { name: string; bytes: Buffer | null }[],
  /** For each log decoded: the file, the offset in it where decoding started, and how many bytes were decoded. */
  decodes: [] as { name: string; from: number; length: number }[],
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    // The module lists the folder by name only (readdir(folder)).
    readdir: (async (path: string) => {
      const names = await real.readdir(path);
      return [...names, ...seen.staleNames.filter((name) => !names.includes(name))];
    }) as unknown as typeof real.readdir,
  };
});

vi.mock('../../../electron/services/bounded-read', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/services/bounded-read')>();
  return {
    ...real,
    readBytesUpTo: async (path: string, limit: number) => {
      const bytes = await real.readBytesUpTo(path, limit);
      seen.reads.push({ name: basename(path), bytes });
      return bytes;
    },
  };
});

vi.mock('../../../electron/services/sync/update-log', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/services/sync/update-log')>();
  return {
    ...real,
    decodeRecords: (bytes: Buffer) => {
      // The module decodes the bytes it has just read, from some offset: the part of that same buffer it passes.
      const last = seen.reads.at(-1);
      if (last?.bytes && last.bytes.buffer === bytes.buffer) {
        seen.decodes.push({ name: last.name, from: bytes.byteOffset - last.bytes.byteOffset, length: bytes.length });
      }
      return real.decodeRecords(bytes);
    },
  };
});

let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-reading-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  seen.staleNames.length = 0;
  await rm(folder, { recursive: true, force: true });
});

const writer = (machine: string): SharedDraft =>
  createSharedDraft({ draftPath, writer: { id: `${machine}-31-${randomBytes(4).toString('hex')}`, name: `${machine} user` } });

function forget(): void {
  seen.reads.length = 0;
  seen.decodes.length = 0;
}

const readsOf = (name: string): number => seen.reads.filter((read) => read.name === name).length;

async function setting(): Promise<{ colleague: SharedDraft; me: SharedDraft; colleagueLog: string; look: () => Promise<string | undefined> }> {
  const colleague = writer('OTHER-PC');
  await colleague.start(start);
  const me = writer('THIS-PC');
  await me.start(start);
  // The draft file as this person's app last wrote it, so a look takes in only the shared changes.
  me.noteWritten('the file as last written');
  const look = async () => (await me.refresh({ content: start, sync: null, text: 'the file as last written' })).content.answers['dates-q1']?.rationale;
  return { colleague, me, colleagueLog: `${colleague.writerId}.updates`, look };
}

describe('a look at the shared changes', () => {
  it('reads nothing again when nobody saved since the last look', async () => {
    const { colleague, me, look } = await setting();
    await colleague.commit(null, (before) => withQ1(before, 'Colleague’s answer.'));
    await me.commit(null, (before) => ({ ...before, name: 'Renamed here' }));
    expect(await look()).toBe('Colleague’s answer.');
    forget();

    expect(await look()).toBe('Colleague’s answer.');
    expect(await look()).toBe('Colleague’s answer.');
    // Neither the colleague's log, nor the origin, nor this person's own log: nothing changed on the drive.
    expect(seen.reads.map((read) => read.name)).toEqual([]);
  });

  it('takes in a colleague’s grown log from where the last look stopped, not from its start', async () => {
    const { colleague, colleagueLog, look } = await setting();
    await colleague.commit(null, (before) => withQ1(before, 'First.'));
    await colleague.commit(null, (before) => withQ1(before, 'Second.'));
    expect(await look()).toBe('Second.');
    const lengthRead = (await stat(join(changesFolderFor(draftPath), colleagueLog))).size;

    await colleague.commit(null, (before) => withQ1(before, 'Third.'));
    const grown = (await stat(join(changesFolderFor(draftPath), colleagueLog))).size;
    forget();
    expect(await look()).toBe('Third.');
    // Only the new save's record is decoded and applied: the two read before are not replayed.
    expect(seen.decodes.filter((decode) => decode.name === colleagueLog)).toEqual([{ name: colleagueLog, from: lengthRead, length: grown - lengthRead }]);

    // And having read it to its end, the next look leaves it alone.
    forget();
    expect(await look()).toBe('Third.');
    expect(readsOf(colleagueLog)).toBe(0);
  });

  it('does not take in again from its start a colleague’s log whose time changed but not its content', async () => {
    // A sync tool, a backup or a virus scanner may touch a file on a shared drive without changing it.
    const { colleague, colleagueLog, look } = await setting();
    await colleague.commit(null, (before) => withQ1(before, 'First.'));
    await colleague.commit(null, (before) => withQ1(before, 'Second.'));
    expect(await look()).toBe('Second.');
    const log = join(changesFolderFor(draftPath), colleagueLog);
    const { size } = await stat(log);
    const later = new Date(Date.now() + 5_000);
    await utimes(log, later, later);
    forget();

    expect(await look()).toBe('Second.');
    expect(seen.decodes.filter((decode) => decode.name === colleagueLog)).toEqual([{ name: colleagueLog, from: size, length: 0 }]);
  });

  it('does not read colleagues’ presence records as shared changes', async () => {
    // Presence records sit in the same folder and are rewritten every 20 seconds by everyone who has the draft open.
    const { colleague, look } = await setting();
    await colleague.commit(null, (before) => withQ1(before, 'First.'));
    expect(await look()).toBe('First.');
    const presence = `${colleague.writerId}.presence.json`;
    await writeFile(join(changesFolderFor(draftPath), presence), `${JSON.stringify({ name: 'OTHER-PC user', since: new Date().toISOString(), seenAt: new Date().toISOString() })}\n`);
    forget();

    expect(await look()).toBe('First.');
    expect(readsOf(presence)).toBe(0);
  });

  it('still succeeds when a colleague’s file it read before is listed but gone when read (a fold in that instant)', async () => {
    const { colleague, colleagueLog, look } = await setting();
    await colleague.commit(null, (before) => withQ1(before, 'Folded in a moment later.'));
    expect(await look()).toBe('Folded in a moment later.');
    // A third person folds the colleague's files into their own base and removes them, just after this look listed
    // the folder: the listing still names the log.
    await rm(join(changesFolderFor(draftPath), colleagueLog));
    seen.staleNames.push(colleagueLog);
    expect(await look()).toBe('Folded in a moment later.');
  });

  it('skips a file beside the draft that is no writer’s changes (a folder, or one far too large), and still reads everyone’s saves', async () => {
    const { colleague, look } = await setting();
    await colleague.commit(null, (before) => withQ1(before, 'Saved beside odd files.'));
    const changes = changesFolderFor(draftPath);
    // A folder a sync tool made with a change file's name, and a file of 64 MB and one byte (sparse: nothing is written).
    await mkdir(join(changes, 'OTHER-PC-9-0badf00d.updates'));
    await writeFile(join(changes, 'OTHER-PC-9-0badf00d.base'), '');
    await truncate(join(changes, 'OTHER-PC-9-0badf00d.base'), 64 * 1024 * 1024 + 1);
    expect(await look()).toBe('Saved beside odd files.');
    await colleague.commit(null, (before) => withQ1(before, 'And saved again.'));
    expect(await look()).toBe('And saved again.');
  });
});
