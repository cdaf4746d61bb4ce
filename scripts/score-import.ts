/**
 * How well import reads real consultations: runs the parser over every corpus
 * document (test/fixtures/consultations/corpus) and the hand-made fixtures, and
 * prints per document and in total how many questions it found (recall), how
 * many it returned that are not questions (precision), exact labels, and whether
 * the deadline, response address and title are right.
 *
 *   npm run score:import            table and totals
 *   npm run score:import -- --misses   also what each document got wrong
 *   npm run score:import -- --only <list-file>   only the documents named in the file, one a line without
 *                                                extension (a held-out set, before and after its rules)
 */
import { readFileSync } from 'node:fs';
import { corpusCases, scoreDocument } from '../test/shared/import/corpus';
import { mark, totals } from './score-table';

const showMisses = process.argv.includes('--misses');
const onlyAt = process.argv.indexOf('--only');
const listFile = onlyAt === -1 ? null : process.argv[onlyAt + 1];
if (listFile === undefined) throw new Error('--only needs a file listing the documents to score, one name a line.');
const only = listFile === null ? null : new Set(readFileSync(listFile, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));

const scores = corpusCases()
  .filter((testCase) => only === null || only.has(testCase.document.replace(/\.[^.]+$/, '')))
  .map((testCase) => scoreDocument(testCase));
if (only !== null && scores.length < only.size) process.stderr.write(`${only.size - scores.length} of the names listed are not in the corpus.\n`);
const lines: string[] = [];
lines.push(`${'document'.padEnd(58)} found/true returned labels deadline address title`);
for (const score of scores) {
  lines.push(
    `${`${score.set === 'fixture' ? '(fixture) ' : ''}${score.document}`.slice(0, 58).padEnd(58)} ${`${score.questionsFound}/${score.questionsTrue}`.padStart(10)} ${String(score.questionsReturned).padStart(8)} ${`${score.labelsExact}/${score.labelsScored}`.padStart(6)} ${mark(score.deadlineRight).padStart(8)} ${mark(score.addressRight).padStart(7)} ${mark(score.titleRight).padStart(5)}`,
  );
  if (showMisses) for (const miss of score.misses) lines.push(`    - ${miss}`);
}
lines.push('');
lines.push(...totals('Real documents', scores.filter((s) => s.set === 'corpus')));
lines.push(...totals('Hand-made fixtures', scores.filter((s) => s.set === 'fixture')));
lines.push(...totals('All', scores));
process.stdout.write(`${lines.join('\n')}\n`);
