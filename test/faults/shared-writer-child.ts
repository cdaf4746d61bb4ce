/**
 * One person editing a shared draft until killed:
 * `node --import tsx test/faults/shared-writer-child.ts <library folder> <draft file> <writer> <seed> <merge on|off>`.
 * Each round it adds a unique word to a random answer (at a random place) or a
 * comment, saves through the real library as the window does, and only then
 * prints `saved <word>`: a word printed was reported saved to the user.
 */
import { createDraftLibrary } from '../../electron/services/draft-library';
import { addComment } from '../../shared/draft-changes';
import type { ResponseDraft } from '../../shared/model';
import { seededRandom } from '../../bench/prng';

const [folder, draftFile, writer, seedText, mergeFlag] = process.argv.slice(2);
if (!folder || !draftFile || !writer || !seedText) throw new Error('usage: shared-writer-child.ts <library folder> <draft file> <writer> <seed> <on|off>');

const random = seededRandom(Number(seedText));
const library = createDraftLibrary({ folder, writerName: writer, merge: mergeFlag !== 'off' });
let draft: ResponseDraft = await library.openFile(draftFile);
process.stdout.write('ready\n');

/** Puts `word` between two words of `text`, or at an end. */
function insertWord(text: string, word: string): string {
  const words = text.split(' ').filter((w) => w !== '');
  words.splice(random.int(0, words.length), 0, word);
  return words.join(' ');
}

for (let round = 1; ; round += 1) {
  // A short pause, as between a person's edits, so two writers' saves interleave.
  await new Promise((done) => setTimeout(done, random.int(2, 25)));
  const word = `${writer}-${seedText}-${round}`;
  const questions = draft.consultation.questions;
  let edited: ResponseDraft;
  if (random.next() < 0.2) {
    const question = random.pick(questions);
    edited = addComment(draft, { id: `c-${word.toLowerCase()}`, target: { kind: 'question', questionId: question.id }, author: writer, text: word }, new Date());
  } else {
    const question = random.pick(questions);
    const answer = draft.answers[question.id] ?? { position: null, rationale: '', confidential: false };
    edited = { ...draft, answers: { ...draft.answers, [question.id]: { ...answer, rationale: insertWord(answer.rationale, word) } } };
  }
  const result = await library.save(edited);
  process.stdout.write(`saved ${word}\n`);
  // Like the window: take the merged draft when nothing was typed meanwhile; otherwise carry on from its own line.
  if (random.next() < 0.7 && result.merged) draft = result.merged;
  else draft = { ...edited, ...result.owned, syncRevision: result.ownRevision ?? edited.syncRevision };
}
