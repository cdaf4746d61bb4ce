import { newDraft, type Consultation, type Question, type ResponseDraft } from '../shared/model';
import { signature } from '../test/shared/letter/letter-fixtures';
import { seededRandom, type Random } from './prng';
import { SAMPLE_RESPONDENT } from '../test/support/sample-draft';

/**
 * The benchmark's large case, generated from a seed so every run measures the
 * same thing: a 60-question consultation answered with ~800-word rationales
 * in the Markdown subset (paragraphs, bullets, bold), 20 answers confidential,
 * respondent and signatory filled in.
 */
export const LARGE_CASE_SEED = 20201028;
export const QUESTION_COUNT = 60;
export const CONFIDENTIAL_COUNT = 20;
export const RATIONALE_WORDS = 800;
export const LARGE_DRAFT_ID = 'bench-large-case';

const WORDS = (
  'the DCC proposes re-designation date SMETS1 enrolment migration firmware PPMID supplier customers meters ' +
  'testing release programme regulatory change transition approach document Smart Energy Code obligations ' +
  'we agree with support proposal however consider risk cost impact timetable industry parties notice period ' +
  'operational readiness assurance dormant devices change of supplier security keys installation engineers ' +
  'systems integration service requests interface specification consumers benefit evidence analysis ' +
  'implementation lead time contingency plan stakeholders governance delivery milestones capacity'
).split(' ');

const BOLD_PHRASES = ['three months notice', 'no later than 3 November', 'material risk', 'customer detriment', 'full regression testing', 'our change freeze'];

function sentence(random: Random, words: number): string {
  const picked = Array.from({ length: words }, () => random.pick(WORDS));
  if (random.next() < 0.25) picked.splice(random.int(1, picked.length - 1), 0, `**${random.pick(BOLD_PHRASES)}**`);
  const text = picked.join(' ');
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** About `target` words of Markdown: paragraphs of a few sentences, now and then a bullet list. */
export function rationale(random: Random, target = RATIONALE_WORDS): string {
  const parts: string[] = [];
  let words = 0;
  while (words < target) {
    if (parts.length > 0 && random.next() < 0.3) {
      const items = Array.from({ length: random.int(3, 5) }, () => `- ${sentence(random, random.int(8, 14))}`);
      parts.push(items.join('\n'));
      words += countWords(items.join(' '));
    } else {
      const paragraph = Array.from({ length: random.int(3, 5) }, () => sentence(random, random.int(12, 22))).join(' ');
      parts.push(paragraph);
      words += countWords(paragraph);
    }
  }
  return parts.join('\n\n');
}

function questionText(random: Random, n: number): string {
  const topic = Array.from({ length: random.int(6, 12) }, () => random.pick(WORDS)).join(' ');
  return n % 3 === 0
    ? `What evidence can you provide on the ${topic}, and what lead time would you need?`
    : `Do you agree with the proposed approach to the ${topic} set out in section ${Math.ceil(n / 6) + 1}?`;
}

export function largeConsultation(seed = LARGE_CASE_SEED): Consultation {
  const random = seededRandom(seed);
  const questions: Question[] = Array.from({ length: QUESTION_COUNT }, (_, i) => {
    const text = questionText(random, i + 1);
    return { id: `q${i + 1}`, label: `Q${i + 1}`, text, section: `${Math.ceil((i + 1) / 6) + 1}. Proposals`, kind: text.startsWith('Do you agree') ? 'agree' : 'open' };
  });
  return {
    id: 'bench-large-consultation',
    title: 'Consultation on the re-designation of the SMETS1 document set and the enrolment programme for 2025',
    reference: 'bench_large_consultation',
    issuer: 'Smart DCC',
    issuedOn: '2025-03-03',
    respondBy: { date: '2025-03-31', time: '16:00' },
    responseEmail: 'consultations@smartdcc.co.uk',
    classification: 'DCC Public',
    questions,
    publicationNotice: 'Consultation responses may be published on our website. Please state clearly in writing whether you want all or any part of your consultation to be treated as confidential.',
    source: 'imported',
  };
}

/** The large draft: every question answered, every third one (20 of 60) confidential with reasons. */
export function largeDraft(seed = LARGE_CASE_SEED): ResponseDraft {
  const consultation = largeConsultation(seed);
  const random = seededRandom(seed + 1);
  const base = newDraft(consultation, { id: LARGE_DRAFT_ID, now: new Date('2025-03-10T09:00:00.000Z') });
  const positions = ['agree', 'partly-agree', 'disagree'] as const;
  return {
    ...base,
    respondent: SAMPLE_RESPONDENT,
    answers: Object.fromEntries(
      consultation.questions.map((q, i) => [q.id, { position: q.kind === 'agree' ? random.pick(positions) : null, rationale: rationale(random), confidential: i % 3 === 2 }]),
    ),
    confidentiality: {
      scope: 'parts',
      otherParts: '',
      reasons: 'The marked answers describe our deployment plan, volumes and costs, which are commercially sensitive and would harm our position if published.',
      partReasons: {},
    },
    signatory: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', signature },
  };
}
