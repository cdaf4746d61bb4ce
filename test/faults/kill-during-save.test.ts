import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/draft-library';
import { readDraftText, serialiseDraft } from '../../electron/services/draft-file';
import type { ResponseDraft } from '../../shared/model';
import { seededRandom } from '../../bench/prng';
import { dccConsultation } from '../support/sample-draft';
import { bundledChild } from './support/bundled-child';
import { expectedFileText, FAULT_CLOCK, versionNumber, versionOf } from './save-versions';

const CHILD_SOURCE = resolve(import.meta.dirname, 'save-loop-child.ts');
let childScript = '';
const SEED = Number(process.env.FAULT_SEED ?? 6);
const KILLS = Number(process.env.FAULT_KILLS ?? 1000);
/** Kills run in this many library folders side by side, one child each, to use both cores. */
const LANES = 2;
const ID = 'kill-test';

interface Lane {
  folder: string;
  base: ResponseDraft;
  lastVersion: number;
}

let lanes: Lane[];

async function startLane(): Promise<Lane> {
  const folder = await mkdtemp(join(tmpdir(), 'crd-kill-'));
  const library = createDraftLibrary({ folder, clock: () => FAULT_CLOCK, newId: () => ID });
  await library.create(dccConsultation.id);
  // Version 0 is made from the draft as opened, exactly as the child makes its versions, so the files match to the byte.
  const opened = await library.open(ID);
  // Saved twice, so the backup is version 0 too and every file the test reads is one of the versions.
  await library.save(versionOf(opened, 0));
  await library.save(versionOf(opened, 0));
  return { folder, base: await library.open(ID), lastVersion: 0 };
}

beforeAll(async () => {
  childScript = await bundledChild(CHILD_SOURCE);
  lanes = await Promise.all(Array.from({ length: LANES }, startLane));
});

afterAll(async () => {
  await Promise.all((lanes ?? []).map((lane) => rm(lane.folder, { recursive: true, force: true })));
});

/** Starts the child, lets it save for a random 20–200 ms once it is ready, then SIGKILLs it. */
async function killMidSave(lane: Lane, waitMs: number): Promise<void> {
  const child = spawn(process.execPath, [childScript, lane.folder, ID], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const ready = new Promise<void>((done) => child.stdout.once('data', () => done()));
  if ((await Promise.race([ready.then(() => 'ready'), exited])) !== 'ready') {
    throw new Error(`the saving child exited before it was ready:\n${stderr}`);
  }
  await new Promise((done) => setTimeout(done, waitMs));
  // A child that stopped by itself (a failed save) would make every check below pass for nothing.
  if (child.exitCode !== null) throw new Error(`the saving child stopped by itself (${child.exitCode}):\n${stderr}`);
  child.kill('SIGKILL');
  await exited;
}

/** The file must parse, validate and hold exactly one version the child wrote. Returns that version. */
function versionIn(lane: Lane, text: string | null, what: string): number {
  expect(text, `${what} is missing`).not.toBeNull();
  const reading = readDraftText(text ?? '');
  if (!reading.ok) throw new Error(`${what} does not read as a draft: ${reading.problem}`);
  const version = versionNumber(reading.draft);
  expect(version, `${what} holds a rationale the child never wrote`).not.toBeNull();
  // The content must be exactly that version; the mark beside it says which shared state it shows (see shared-draft.ts).
  expect(serialiseDraft(reading.draft), `${what} is not exactly version ${version}`).toBe(expectedFileText(lane.base, version ?? -1));
  expect(reading.mark, `${what} has no shared-state mark`).not.toBeNull();
  return version ?? -1;
}

async function readOrNull(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch(() => null);
}

async function checkLane(lane: Lane): Promise<void> {
  const main = join(lane.folder, 'drafts', `${ID}.crdraft`);
  const mainText = await readOrNull(main);
  const backupVersion = versionIn(lane, await readOrNull(`${main}.bak`), 'the backup');
  if (mainText === null) {
    // Allowed only if the backup is whole; atomic renames should never leave this state, so note it loudly.
    throw new Error(`the draft file vanished; the backup holds version ${backupVersion}`);
  }
  const version = versionIn(lane, mainText, 'the draft file');
  expect(version, 'a save went backwards').toBeGreaterThanOrEqual(lane.lastVersion);
  // The backup is the version before the last save, or the same one when the kill fell between the two renames.
  expect([version - 1, version]).toContain(backupVersion);
  lane.lastVersion = version;
}

describe('a draft saved in a loop by a process killed at random moments', () => {
  it(`is always a whole version the process wrote, with its backup one behind (${KILLS} SIGKILLs, seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const waits = Array.from({ length: KILLS }, () => random.int(20, 200));
    await Promise.all(
      lanes.map(async (lane, l) => {
        for (let k = l; k < KILLS; k += LANES) {
          await killMidSave(lane, waits[k] ?? 20);
          await checkLane(lane);
        }
      }),
    );

    const saves = lanes.reduce((sum, lane) => sum + lane.lastVersion, 0);
    expect(saves, 'the children hardly saved anything, so the kills tested little').toBeGreaterThan(KILLS / 2);
    // Temporary files left by a kill between opening and renaming them show kills did land mid-write.
    const leftovers = (await Promise.all(lanes.map(async (lane) => (await readdir(join(lane.folder, 'drafts'))).filter((n) => n.includes('.tmp-'))))).flat();
    expect(leftovers.length, 'no kill landed inside a write').toBeGreaterThan(0);
    console.info(`kill test: ${KILLS} kills, ${saves} versions saved, ${leftovers.length} temporary files left by kills mid-write`);

    for (const lane of lanes) {
      const library = createDraftLibrary({ folder: lane.folder, clock: () => FAULT_CLOCK });
      const listing = await library.list();
      expect(listing.damaged).toEqual([]);
      // Opening merges the writer's log, which may hold one version more than the file: killed between the two.
      expect([lane.lastVersion, lane.lastVersion + 1]).toContain(versionNumber(await library.open(ID)));
    }
  }, 1_800_000);
});
