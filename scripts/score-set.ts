/**
 * Scores a named set of corpus documents (one name a line, without extension), as
 * score:import does for the whole corpus, so a held-out set's figures can be recorded.
 *
 *   node --import tsx scripts/score-set.ts <list-file> [--misses]
 */
import { readFileSync } from 'node:fs';
import { corpusCases, scoreDocument } from '../test/shared/import/corpus';

const [listFile] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (!listFile) throw new Error('Give a file listing the documents to score, one name a line.');
const names = new Set(readFileSync(listFile, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
const scores = corpusCases()
  .filter((testCase) => names.has(testCase.document.replace(/\.[^.]+$/, '')))
  .map((testCase) => scoreDocument(testCase));
const sum = (pick: (score: (typeof scores)[number]) => number): number => scores.reduce((total, score) => total + pick(score), 0);
for (const score of scores) {
  process.stdout.write(`${score.document}: ${score.questionsFound}/${score.questionsTrue} returned ${score.questionsReturned}\n`);
  if (process.argv.includes('--misses')) for (const miss of score.misses) process.stdout.write(`    - ${miss}\n`);
}
const withAddress = scores.filter((s) => s.addressRight !== null);
const withTitle = scores.filter((s) => s.titleRight !== null);
process.stdout.write(
  [
    `documents ${scores.length} of ${names.size}`,
    `questions ${sum((s) => s.questionsFound)}/${sum((s) => s.questionsTrue)}, invented ${sum((s) => s.questionsReturned - s.questionsFound)}`,
    `labels ${sum((s) => s.labelsExact)}/${sum((s) => s.labelsScored)}`,
    `deadlines ${scores.filter((s) => s.deadlineRight).length}/${scores.length}`,
    `addresses ${withAddress.filter((s) => s.addressRight).length}/${withAddress.length}`,
    `titles ${withTitle.filter((s) => s.titleRight).length}/${withTitle.length}`,
  ].join('\n') + '\n',
);
