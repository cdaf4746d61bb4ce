import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResponseDraft } from '../../../shared/model';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { seededRandom, type Random } from '../../../bench/prng';
import { draftInSharedFolder, withAnswer, type SharedFolder } from '../../support/shared-folder';

/**
 * Three people on one shared draft, each answering their own question, taking random turns to type (add words,
 * cut words, rewrite), save, look for colleagues' changes, as their windows do, and now and then restart the app;
 * and now and then someone edits the file itself in a text editor. Whatever the order, each
 * person's answer ends as they last saved it, for everyone: no save from a copy that missed a colleague's change
 * may put back what they cut or take away what they wrote.
 */
let shared: SharedFolder | null = null;
afterEach(async () => {
  await shared?.remove();
  shared = null;
});

const WORDS = ['costs', 'notice', 'agents', 'testing', 'meters', 'months', 'risk', 'customers', 'firmware', 'window'];

function typed(random: Random, before: string): string {
  const words = before.split(' ').filter((word) => word !== '');
  const kind = random.int(0, 3);
  if (kind === 0 || words.length < 3) return [...words, ...Array.from({ length: random.int(1, 4) }, () => random.pick(WORDS))].join(' ');
  const from = random.int(0, words.length - 2);
  const to = random.int(from + 1, Math.min(words.length, from + 4));
  // Only cutting: a change that adds nothing.
  if (kind === 1) return [...words.slice(0, from), ...words.slice(to)].join(' ');
  if (kind === 2) return [...words.slice(0, from), random.pick(WORDS), ...words.slice(to)].join(' ');
  return words.slice(0, from).join(' ');
}

async function play(seed: number, steps: number): Promise<void> {
  // Logs are folded into their writer's base every few saves, so readers meet logs begun afresh.
  shared = await draftInSharedFolder(3, { foldLogAfterBytes: 1024 });
  const random = seededRandom(seed);
  const people = shared.libraries.map((library, index) => ({ library: library as DraftLibrary, question: `q-${index + 1}`, window: null as ResponseDraft | null, last: '' }));
  for (const person of people) person.window = await person.library.openFile(shared.path);
  let editorCopy: string | null = null;
  for (let step = 0; step < steps; step += 1) {
    const person = random.pick(people);
    const window = person.window!;
    const roll = random.next();
    if (roll < 0.04) {
      // Someone opens the file in a text editor, and some turns later saves it renamed: made to the file as it was
      // when opened, it may be behind what people have saved since.
      if (editorCopy === null) {
        editorCopy = await readFile(shared.path, 'utf8');
      } else {
        const file = JSON.parse(editorCopy) as { name: string };
        file.name = `Renamed in an editor at step ${step}`;
        await writeFile(shared.path, JSON.stringify(file, null, 2));
        editorCopy = null;
      }
    } else if (roll < 0.08) {
      // The app closed and opened again: a new session reads the draft from its files alone.
      person.library = shared.restart(people.indexOf(person));
      person.window = await person.library.openFile(shared.path);
      expect(person.window.answers[person.question]?.rationale ?? '', `seed ${seed}, step ${step}: the answer after a restart`).toBe(person.last);
    } else if (roll < 0.82) {
      const text = typed(random, window.answers[person.question]?.rationale ?? '');
      const saved = await person.library.save(withAnswer(window, person.question, text));
      person.window = saved.merged ?? withAnswer(window, person.question, text);
      person.last = text;
      expect(person.window.answers[person.question]?.rationale, `seed ${seed}, step ${step}: the saved answer`).toBe(text);
    } else {
      const seen = await person.library.shared(window.id, window.syncRevision ?? null);
      if (seen.draft) person.window = seen.draft;
    }
  }
  for (const person of people) {
    const seen = await person.library.shared(person.window!.id, null);
    const latest = seen.draft ?? person.window!;
    for (const owner of people) expect(latest.answers[owner.question]?.rationale ?? '', `seed ${seed}: ${owner.question} as one colleague sees it`).toBe(owner.last);
  }
}

describe('three people taking random turns on one shared draft', () => {
  it.each([1, 2, 3])('each answer ends as its author last saved it, for everyone (seed %i)', async (seed) => {
    await play(seed, 150);
  });
});
