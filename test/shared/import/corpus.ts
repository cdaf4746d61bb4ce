import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RespondBySchema } from '../../../shared/model';
import { parseConsultation } from '../../../shared/import/parse-consultation';
import type { ParsedConsultation } from '../../../shared/import/import-result';
import { FIXTURES, fixtureCases, isTextDocument } from './fixture-cases';

/** Real consultation text, copied from where it was published (sources in the README). */
export const CORPUS = join(FIXTURES, 'corpus');

/**
 * What a corpus document must give, written by reading the document (never from the parser's output).
 * A null title or address means the excerpt prints none the reader could name, so it is not scored;
 * an unlabelled question (a bullet after "We are inviting submissions on:") has the label "".
 */
export const CorpusExpectedSchema = z.object({
  source: z.string().min(1),
  issuer: z.string().min(1),
  title: z.string().nullable(),
  respondBy: RespondBySchema.nullable(),
  responseEmail: z.string().nullable(),
  questions: z.array(z.object({ label: z.string(), text: z.string().min(1) })),
});

export type CorpusExpected = z.infer<typeof CorpusExpectedSchema>;

export interface CorpusCase {
  /** The file name, e.g. "hse-cd266-comah-reply-form.txt". */
  document: string;
  /** "corpus" for real documents, "fixture" for the hand-made fixtures one level up. */
  set: 'corpus' | 'fixture';
  text: string;
  expected: CorpusExpected;
}

export function corpusCases(): CorpusCase[] {
  const real = readdirSync(CORPUS)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file): CorpusCase => {
      const name = file.replace(/\.expected\.json$/, '');
      const document = readdirSync(CORPUS).find((other) => other.startsWith(`${name}.`) && isTextDocument(other));
      if (!document) throw new Error(`No text document for ${file}`);
      return {
        document,
        set: 'corpus',
        text: readFileSync(join(CORPUS, document), 'utf8'),
        expected: CorpusExpectedSchema.parse(JSON.parse(readFileSync(join(CORPUS, file), 'utf8'))),
      };
    });
  const fixtures = fixtureCases().flatMap(({ expected }) => {
    const document = expected.documents.find(isTextDocument);
    if (!document) return [];
    return [
      {
        document,
        set: 'fixture' as const,
        text: readFileSync(join(FIXTURES, document), 'utf8'),
        expected: {
          source: 'hand-made fixture',
          issuer: expected.issuer,
          title: expected.title,
          respondBy: expected.respondBy,
          responseEmail: expected.responseEmail,
          questions: expected.questions.map(({ label, text }) => ({ label, text })),
        },
      },
    ];
  });
  return [...real, ...fixtures];
}

/** Words only: case, punctuation, bullets and spacing do not make a question different. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
}

/** The same question: at least 90% of the words of the longer text, in order, are shared. */
export function sameQuestion(found: string, expected: string): boolean {
  const a = wordsOf(found);
  const b = wordsOf(expected);
  if (a.length === 0 || b.length === 0) return false;
  // Longest common subsequence of words; both texts are short.
  const row = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = word === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return (row[b.length] as number) >= 0.9 * Math.max(a.length, b.length);
}

export interface DocumentScore {
  document: string;
  set: CorpusCase['set'];
  questionsTrue: number;
  questionsFound: number;
  questionsReturned: number;
  labelsScored: number;
  labelsExact: number;
  deadlineRight: boolean;
  addressRight: boolean | null;
  titleRight: boolean | null;
  misses: string[];
}

export function scoreDocument(testCase: CorpusCase, parsed: ParsedConsultation = parseConsultation(testCase.text, { id: 'score', fileName: testCase.document })): DocumentScore {
  const { consultation } = parsed;
  const { expected } = testCase;
  const unmatched = [...consultation.questions];
  let questionsFound = 0;
  let labelsScored = 0;
  let labelsExact = 0;
  const misses: string[] = [];
  for (const question of expected.questions) {
    const index = unmatched.findIndex((candidate) => sameQuestion(candidate.text, question.text));
    if (index === -1) {
      misses.push(`missed ${question.label || '(unlabelled)'}: ${question.text.slice(0, 60)}`);
      continue;
    }
    const [match] = unmatched.splice(index, 1);
    questionsFound += 1;
    if (question.label !== '') {
      labelsScored += 1;
      if (match?.label === question.label) labelsExact += 1;
      else misses.push(`label ${JSON.stringify(match?.label)} for ${JSON.stringify(question.label)}`);
    }
  }
  for (const extra of unmatched) misses.push(`invented ${extra.label}: ${extra.text.slice(0, 60)}`);
  const deadlineRight =
    expected.respondBy === null
      ? consultation.respondBy === null
      : consultation.respondBy?.date === expected.respondBy.date && consultation.respondBy.time === expected.respondBy.time;
  if (!deadlineRight) misses.push(`deadline ${JSON.stringify(consultation.respondBy)} for ${JSON.stringify(expected.respondBy)}`);
  const addressRight = expected.responseEmail === null ? null : consultation.responseEmail.toLowerCase() === expected.responseEmail.toLowerCase();
  if (addressRight === false) misses.push(`address ${JSON.stringify(consultation.responseEmail)} for ${JSON.stringify(expected.responseEmail)}`);
  const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const titleRight = expected.title === null ? null : squash(consultation.title) === squash(expected.title);
  if (titleRight === false) misses.push(`title ${JSON.stringify(consultation.title)} for ${JSON.stringify(expected.title)}`);
  return {
    document: testCase.document,
    set: testCase.set,
    questionsTrue: expected.questions.length,
    questionsFound,
    questionsReturned: consultation.questions.length,
    labelsScored,
    labelsExact,
    deadlineRight,
    addressRight,
    titleRight,
    misses,
  };
}
