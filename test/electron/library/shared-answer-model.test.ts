import { afterEach, describe, expect, it } from 'vitest';
import type { ResponseDraft } from '../../../shared/model';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { seededRandom, type Random } from '../../../bench/prng';
import { draftInSharedFolder, withAnswer, type SharedFolder } from '../../support/shared-folder';

/**
 * Three people writing the same answer of one shared draft at once, taking random turns to edit, save and look
 * for colleagues' changes. Between two saves a person may have changed the answer in two places (typing here,
 * then fixing a word further on before the autosave), which is when a save from a copy that missed a colleague's
 * change could undo that change. Every word is unique, so the answer everyone ends with can be checked word by
 * word: each word someone typed is there once, unless someone cut it, and no word anyone cut comes back.
 */
let shared: SharedFolder | null = null;
afterEach(async () => {
  await shared?.remove();
  shared = null;
});

const QUESTION = 'q-1';

interface Person {
  library: DraftLibrary;
  window: ResponseDraft;
  name: string;
  typedCount: number;
}

/** The words of an answer. Two words typed at the same place at once end up side by side with no space between. */
function wordsOf(text: string): string[] {
  return text.match(/[a-z]+\d+/g) ?? [];
}

/**
 * One edit at one place, leaving every other character as it was: a new word put in anywhere, or one of the
 * person's own words cut or rewritten as a new one. (Two people rewriting the same word at once both keep their
 * version, side by side, which a count of words cannot judge; that case has its own test.)
 */
function editOnce(random: Random, text: string, person: Person, typed: Set<string>, cut: Set<string>): string {
  const fresh = (): string => {
    person.typedCount += 1;
    const word = `${person.name}${person.typedCount}`;
    typed.add(word);
    return word;
  };
  const words = [...text.matchAll(/[a-z]+\d+/g)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const own = words.filter((word) => word.word.startsWith(person.name));
  const kind = own.length < 2 ? 0 : random.int(0, 2);
  if (kind === 0) {
    const at = random.int(0, words.length);
    const where = at === words.length ? text.length : words[at]!.start;
    return `${text.slice(0, where)}${fresh()} ${text.slice(where)}`;
  }
  const chosen = own[random.int(0, own.length - 1)]!;
  cut.add(chosen.word);
  return `${text.slice(0, chosen.start)}${kind === 1 ? '' : fresh()}${text.slice(chosen.end)}`;
}

async function play(seed: number, steps: number): Promise<void> {
  shared = await draftInSharedFolder(3, { foldLogAfterBytes: 2048 });
  const random = seededRandom(seed);
  const typed = new Set<string>();
  const cut = new Set<string>();
  const people: Person[] = [];
  for (const [index, library] of shared.libraries.entries()) {
    people.push({ library, window: await library.openFile(shared.path), name: ['ann', 'ben', 'cat'][index]!, typedCount: 0 });
  }
  for (let step = 0; step < steps; step += 1) {
    const person = random.pick(people);
    const window = person.window;
    if (random.next() < 0.75) {
      let text = window.answers[QUESTION]?.rationale ?? '';
      // Two edits far apart in one save now and then.
      const places = random.next() < 0.4 ? 2 : 1;
      for (let place = 0; place < places; place += 1) text = editOnce(random, text, person, typed, cut);
      const saved = await person.library.save(withAnswer(window, QUESTION, text));
      person.window = saved.merged ?? withAnswer(window, QUESTION, text);
      const after = new Set(wordsOf(person.window.answers[QUESTION]?.rationale ?? ''));
      for (const word of after) expect(cut.has(word), `seed ${seed}, step ${step}: "${word}", cut before, back after a save`).toBe(false);
      for (const word of wordsOf(text)) expect(after.has(word) || cut.has(word), `seed ${seed}, step ${step}: "${word}" kept by the save that wrote it`).toBe(true);
    } else {
      const seen = await person.library.shared(window.id, window.syncRevision ?? null);
      if (seen.draft) person.window = seen.draft;
    }
  }
  const expected = [...typed].filter((word) => !cut.has(word)).sort();
  for (const person of people) {
    const seen = await person.library.shared(person.window.id, null);
    const answer = (seen.draft ?? person.window).answers[QUESTION]?.rationale ?? '';
    expect([...wordsOf(answer)].sort(), `seed ${seed}: the answer as ${person.name} sees it at the end`).toEqual(expected);
  }
}

describe('three people writing the same answer of a shared draft', () => {
  it.each([1, 2, 3, 4])('every word typed is there once unless someone cut it, and no cut word comes back (seed %i)', async (seed) => {
    await play(seed, 120);
  });
});
