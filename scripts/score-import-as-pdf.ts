/**
 * How import reads the corpus when it arrives as a PDF (or a Word file) rather than as text: prints each corpus
 * document's text with LibreOffice (scripts/print-with-libreoffice.ts: A4, wrapped lines, page numbers), imports the
 * file through the importer's own entry point (extraction, page layout, then the parser) and scores it against the
 * same expected.json as the text (a hand-made fixture with its own .pdf or .docx is read from that). Prints the totals beside the text's and every document read differently.
 *
 *   npm run score:import-as-pdf                      documents with questions
 *   npm run score:import-as-pdf -- --all             every document
 *   npm run score:import-as-pdf -- --docx            print to .docx instead of .pdf
 *   npm run score:import-as-pdf -- --only <list-file>
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createConsultationImporter } from '../electron/services/import/importer';
import { parseConsultation } from '../shared/import/parse-consultation';
import { type CorpusCase, type DocumentScore, corpusCases, scoreDocument } from '../test/shared/import/corpus';
import { FIXTURES, fixtureCases, isTextDocument } from '../test/shared/import/fixture-cases';
import { type PrintedFormat, printWithLibreOffice } from './print-with-libreoffice';
import { totals } from './score-table';

const format: PrintedFormat = process.argv.includes('--docx') ? 'docx' : 'pdf';
const everyDocument = process.argv.includes('--all');
const onlyAt = process.argv.indexOf('--only');
const listFile = onlyAt === -1 ? null : process.argv[onlyAt + 1];
if (listFile === undefined) throw new Error('--only needs a file listing the documents to score, one name a line.');
const only = listFile === null ? null : new Set(readFileSync(listFile, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));

const cases = corpusCases().filter(
  (testCase) =>
    (only === null || only.has(testCase.document.replace(/\.[^.]+$/, ''))) && (everyDocument || only !== null || testCase.expected.questions.length > 0),
);
// A hand-made fixture that has its own PDF or Word file (made from a .docx, its Markdown tables as real tables) is read
// from that rather than from its Markdown printed as it stands.
const ownFiles = new Map(
  fixtureCases().flatMap(({ expected }) => {
    const text = expected.documents.find(isTextDocument);
    const own = expected.documents.find((document) => document.endsWith(`.${format}`));
    return text && own ? [[text, join(FIXTURES, own)] as const] : [];
  }),
);
const toPrint = cases.filter((testCase) => !(testCase.set === 'fixture' && ownFiles.has(testCase.document)));
const printedFiles = printWithLibreOffice(
  toPrint.map((testCase) => testCase.text),
  format,
);
const printed = cases.map((testCase) => ownFiles.get(testCase.document) ?? (printedFiles[toPrint.indexOf(testCase)] as string));
const importer = createConsultationImporter({ newId: () => 'score' });

/** What differs between two readings of one document, as the misses only one of them has. */
function differences(text: DocumentScore, other: DocumentScore): string[] {
  const same =
    text.questionsFound === other.questionsFound &&
    text.questionsReturned === other.questionsReturned &&
    text.labelsExact === other.labelsExact &&
    text.deadlineRight === other.deadlineRight &&
    text.addressRight === other.addressRight &&
    text.titleRight === other.titleRight;
  if (same) return [];
  return [
    ...other.misses.filter((miss) => !text.misses.includes(miss)).map((miss) => `${format} only: ${miss}`),
    ...text.misses.filter((miss) => !other.misses.includes(miss)).map((miss) => `text only: ${miss}`),
  ];
}

async function scorePrinted(testCase: CorpusCase, path: string): Promise<DocumentScore> {
  const fileName = `${basename(testCase.document).replace(/\.[^.]+$/, '')}.${format}`;
  try {
    return scoreDocument(testCase, await importer.read(fileName, new Uint8Array(readFileSync(path))));
  } catch (error) {
    // A file the importer refuses gives nothing: scored as the reading of an empty text.
    const nothing = scoreDocument(testCase, parseConsultation(' ', { id: 'score' }));
    return { ...nothing, misses: [`import failed: ${error instanceof Error ? error.message : String(error)}`, ...nothing.misses] };
  }
}

const textScores: DocumentScore[] = [];
const printedScores: DocumentScore[] = [];
const report: string[] = [];
for (const [index, testCase] of cases.entries()) {
  const text = scoreDocument(testCase);
  const other = await scorePrinted(testCase, printed[index] as string);
  textScores.push(text);
  printedScores.push(other);
  const differ = differences(text, other);
  if (differ.length > 0) {
    report.push(`${testCase.document}  (questions ${other.questionsFound}/${other.questionsTrue}, returned ${other.questionsReturned}; as text ${text.questionsFound}/${text.questionsTrue}, ${text.questionsReturned})`);
    for (const line of differ) report.push(`    - ${line}`);
  }
}

const side = (left: string[], right: string[]): string[] => left.map((line, i) => `${line.padEnd(80)}${right[i] ?? ''}`);
const differing = report.filter((line) => !line.startsWith(' ')).length;
const lines: string[] = [`Documents read differently as ${format} than as text: ${differing === 0 ? 'none' : differing}`, ...report, ''];
lines.push(...side(totals('As text', textScores), totals(`As ${format} (printed by LibreOffice)`, printedScores)));
process.stdout.write(`${lines.join('\n')}\n`);
