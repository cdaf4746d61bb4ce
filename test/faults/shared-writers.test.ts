import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/draft-library';
import { readDraftText } from '../../electron/services/draft-file';
import { seededRandom } from '../../bench/prng';
import { bundledChild } from './support/bundled-child';
import { draftInSharedFolder, type SharedFolder } from '../support/shared-folder';

const CHILD_SOURCE = resolve(import.meta.dirname, 'shared-writer-child.ts');
let childScript = '';
const SEED = Number(process.env.FAULT_SEED ?? 11);
const WRITERS = 2;

let shared: SharedFolder | null = null;
beforeAll(async () => {
  childScript = await bundledChild(CHILD_SOURCE);
});
afterEach(async () => {
  if (process.env.CRD_KEEP) console.log('kept', shared?.scratch);
  else await shared?.remove();
  shared = null;
});

interface Writer {
  child: ChildProcess;
  exited: Promise<void>;
}

/**
 * Runs `WRITERS` processes editing one shared draft until together they have
 * reported `rounds` saves, SIGKILLing one at random every so often and starting
 * it again; returns every word a writer reported saved.
 */
async function runWriters(folder: SharedFolder, rounds: number, merge: 'on' | 'off'): Promise<{ saved: string[]; kills: number }> {
  const random = seededRandom(SEED);
  const saved: string[] = [];
  let kills = 0;
  let starts = 0;
  const writers: (Writer | null)[] = Array.from({ length: WRITERS }, () => null);

  function start(slot: number): Writer {
    starts += 1;
    const name = `W${slot + 1}`;
    const child = spawn(process.execPath, [childScript, join(folder.scratch, `writer-${slot + 1}`), folder.path, `${name}s${starts}`, String(SEED * 1000 + starts), merge], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let pending = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('saved ')) saved.push(line.slice(6));
    });
    const exited = new Promise<void>((done, fail) =>
      child.once('exit', (code, signal) => {
        // A writer that stopped by itself (a failed save) must fail the test, not pass it quietly.
        if (signal === 'SIGKILL') done();
        else fail(new Error(`writer ${name} stopped by itself (${code ?? signal}):\n${stderr}`));
      }),
    );
    // Noticed when the writer is next killed and awaited; until then it must not count as unhandled.
    exited.catch(() => undefined);
    return { child, exited };
  }

  for (let slot = 0; slot < WRITERS; slot += 1) writers[slot] = start(slot);
  while (saved.length < rounds) {
    // Killed after a random few saves, so the writers spend their time saving rather than starting up.
    const killAt = saved.length + random.int(3, 40);
    while (saved.length < Math.min(killAt, rounds)) await new Promise((done) => setTimeout(done, 5));
    const slot = random.int(0, WRITERS - 1);
    const writer = writers[slot]!;
    writer.child.kill('SIGKILL');
    await writer.exited;
    kills += 1;
    writers[slot] = start(slot);
  }
  for (const writer of writers) {
    writer!.child.kill('SIGKILL');
    await writer!.exited;
  }
  return { saved, kills };
}

/** Words reported saved that are in no answer and no comment of the draft as anyone now opens it. */
async function lostWords(folder: SharedFolder, saved: readonly string[], merge: 'on' | 'off'): Promise<string[]> {
  let text: string;
  if (merge === 'on') {
    const reader = createDraftLibrary({ folder: join(folder.scratch, 'reader'), writerName: 'Reader' });
    const draft = await reader.openFile(folder.path);
    text = [...Object.values(draft.answers).map((a) => a.rationale), ...draft.comments.map((c) => c.text)].join(' ');
  } else {
    const reading = readDraftText(await readFile(folder.path, 'utf8'));
    if (!reading.ok) throw new Error(reading.problem);
    text = [...Object.values(reading.draft.answers).map((a) => a.rationale), ...reading.draft.comments.map((c) => c.text)].join(' ');
  }
  // Two words typed at one place at the same moment are both kept, side by side with no space between.
  return saved.filter((word) => !new RegExp(`${word}(?!\\d)`).test(text));
}

describe('two people saving one shared draft from two processes, killed at random', () => {
  it(`loses no saved edit over 500 rounds (seed ${SEED})`, async () => {
    shared = await draftInSharedFolder(1);
    // The shared state starts from the file as it is, before anyone races to start it.
    await shared.libraries[0]!.openFile(shared.path);
    const { saved, kills } = await runWriters(shared, 500, 'on');
    expect(saved.length).toBeGreaterThanOrEqual(500);
    expect(kills).toBeGreaterThan(10);
    const lost = await lostWords(shared, saved, 'on');
    console.info(`shared writers: ${saved.length} saves reported by ${WRITERS} processes, ${kills} SIGKILLs, ${lost.length} lost`);
    expect(lost).toEqual([]);
  }, 600_000);

  it('with merging switched off, the same check finds lost edits (so it can fail)', async () => {
    shared = await draftInSharedFolder(1, { merge: false });
    const { saved } = await runWriters(shared, 60, 'off');
    const lost = await lostWords(shared, saved, 'off');
    console.info(`shared writers with merging off: ${saved.length} saves, ${lost.length} lost`);
    expect(lost.length).toBeGreaterThan(0);
  }, 300_000);
});
