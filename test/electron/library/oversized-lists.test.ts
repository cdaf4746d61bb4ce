import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { MAX_ANSWERS, MAX_COMMENTS, MAX_HISTORY_LINES } from '../../../shared/model/bounded';
import { dccConsultation, SAMPLE_NOW } from '../../support/sample-draft';

/**
 * A draft file holding far more entries than any real draft (a hostile file on a shared drive, or a damaged
 * one) is refused on its count, saying which list is too long, and left as it is; one at the limit still opens.
 */
let folder: string;
let library: DraftLibrary;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-oversized-'));
  library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW });
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** A draft saved by the app, then its file changed by hand as `change` says; returns the file's path. */
async function fileChanged(change: (file: Record<string, unknown>) => void): Promise<string> {
  const created = await library.create(dccConsultation.id);
  const path = join(folder, 'Outside.crdraft');
  await library.saveCopy(created.id, path);
  const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  change(file);
  delete file.sharedState;
  await writeFile(path, JSON.stringify(file));
  return path;
}

const comment = (i: number) => ({ id: `c-${i}`, target: { kind: 'section', section: 'general' }, author: 'A', at: SAMPLE_NOW.toISOString(), text: 'x', resolved: false, resolvedBy: null, resolvedAt: null });
const historyLine = () => ({ kind: 'edited', at: SAMPLE_NOW.toISOString(), summary: 'Edited' });

async function openingProblem(path: string): Promise<string> {
  return library.openFile(path).then(
    () => 'opened',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe('a draft file with far more entries than any real draft', () => {
  it('is refused for more comments than the limit, naming them, and left as it is', async () => {
    const path = await fileChanged((file) => {
      file.comments = Array.from({ length: MAX_COMMENTS + 1 }, (_, i) => comment(i));
    });
    const before = await readFile(path, 'utf8');
    expect(await openingProblem(path)).toMatch(/^The file is not a valid response draft \(comments: Too big: expected array to have <=5000 items\)/);
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('is refused for more timeline lines than the limit', async () => {
    const path = await fileChanged((file) => {
      file.history = Array.from({ length: MAX_HISTORY_LINES + 1 }, historyLine);
    });
    expect(await openingProblem(path)).toMatch(/^The file is not a valid response draft \(history: Too big: expected array to have <=20000 items\)/);
  });

  it('is refused for more answers than a consultation can have questions, counted before any is read', async () => {
    const path = await fileChanged((file) => {
      // Answers whose content is not even valid: the count alone refuses them.
      file.answers = Object.fromEntries(Array.from({ length: MAX_ANSWERS + 1 }, (_, i) => [`q-${i}`, { rationale: 42 }]));
    });
    expect(await openingProblem(path)).toMatch(/^The file is not a valid response draft \(answers: More than 500 answers\)/);
  });

  // Opening a draft at these limits takes a few seconds on a slow machine: the time limit is room, not a measure.
  it('opens with exactly as many comments as the limit allows', { timeout: 30_000 }, async () => {
    const path = await fileChanged((file) => {
      file.comments = Array.from({ length: MAX_COMMENTS }, (_, i) => comment(i));
    });
    expect((await library.openFile(path)).comments).toHaveLength(MAX_COMMENTS);
  });

  it('opens with exactly as many timeline lines as the limit allows', { timeout: 30_000 }, async () => {
    const path = await fileChanged((file) => {
      file.history = Array.from({ length: MAX_HISTORY_LINES }, historyLine);
    });
    expect((await library.openFile(path)).history.length).toBeGreaterThanOrEqual(MAX_HISTORY_LINES);
  });
});
