import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { QuestionKindSchema, RespondBySchema } from '../../../shared/model';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'consultations');

/** What a fixture document must give, written by hand in <name>.expected.json. */
export const ExpectedConsultationSchema = z.object({
  documents: z.array(z.string()).min(1),
  title: z.string(),
  reference: z.string(),
  issuer: z.string(),
  issuedOn: z.string().nullable(),
  respondBy: RespondBySchema.nullable(),
  responseEmail: z.string(),
  classification: z.string(),
  publicationNoticeIncludes: z.array(z.string()),
  questions: z.array(z.object({ label: z.string(), section: z.string(), kind: QuestionKindSchema, text: z.string() })),
});

export type ExpectedConsultation = z.infer<typeof ExpectedConsultationSchema>;

export interface FixtureCase {
  name: string;
  expected: ExpectedConsultation;
}

export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.expected\.json$/, ''),
      expected: ExpectedConsultationSchema.parse(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'))),
    }));
}

export function isTextDocument(file: string): boolean {
  return /\.(?:md|txt)$/.test(file);
}

export function readFixture(file: string): Buffer {
  return readFileSync(join(FIXTURES, file));
}

export function readFixtureText(file: string): string {
  return readFixture(file).toString('utf8');
}

/** Text as a reader sees it: markup, escapes and line wrapping ignored. */
export function plain(text: string): string {
  return text
    .replace(/\]\([^)]*\)/g, '')
    .replace(/<\/?[a-z][^>]*>|\*\*|\\|[[\]#|]/gi, '')
    .replace(/([A-Za-z])-\s+(?=[A-Za-z])/g, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}
