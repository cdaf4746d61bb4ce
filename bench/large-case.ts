import { newDraft, type Consultation, type Question, type ResponseDraft } from '../shared/model';
import { signature } from '../test/shared/letter/letter-fixtures';
import { seededRandom, type Random } from './prng';
import { SAMPLE_RESPONDENT } from '../test/support/sample-draft';

/**
 * The benchmark's large case, generated from a seed so every run measures the
 * same thing: a 60-question consultation answered with ~800-word rationales
 * in the Markdown subset (paragraphs, bullets, bold), 20 answers confidential,
 * respondent and signatory filled in; and a ~100-page consultation text
 * shaped like shared/seeds/date_con_consultation_issued.md.
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
    answers: consultation.questions.map((q, i) => ({
      questionId: q.id,
      position: q.kind === 'agree' ? random.pick(positions) : null,
      rationale: rationale(random),
      confidential: i % 3 === 2,
    })),
    confidentiality: {
      scope: 'parts',
      otherParts: '',
      reasons: 'The marked answers describe our deployment plan, volumes and costs, which are commercially sensitive and would harm our position if published.',
      partReasons: {},
    },
    signatory: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', signature },
  };
}

const SEED_NOTICE = [
  'Consultation responses may be published on our website www.smartdcc.co.uk. Please state clearly in writing whether you want all or any part, of your consultation to be treated as confidential. It would be helpful if you could explain to us why you regard the information you have provided as confidential.',
  'An automatic confidentiality disclaimer generated by your IT system will not, of itself, be regarded by us as a confidentiality request.',
];

/**
 * About `pages` pages (~500 words each) of consultation text with the seed's
 * structure: bold front matter, a table of contents, numbered sections and
 * sub-sections of prose and bullets, questions "Q1".."Q60" as headings,
 * "How to Respond" and an attachment.
 */
export function largeConsultationText(seed = LARGE_CASE_SEED, pages = 100): string {
  const consultation = largeConsultation(seed);
  const random = seededRandom(seed + 2);
  const wordsPerSection = Math.floor((pages * 500) / 12);
  const sections = Array.from({ length: 11 }, (_, i) => `${i + 2}. ${Array.from({ length: 4 }, () => random.pick(WORDS)).join(' ')}`);
  const out: string[] = [
    `**${consultation.title}**`,
    `**Filename: ${consultation.reference}**`,
    '**Date: 3 March 2025**',
    '**Respond by: 1600 on 31 March 2025**',
    '**Author: [consultations@smartdcc.co.uk](mailto:consultations@smartdcc.co.uk)**',
    '**Classification: DCC Public**',
    '# Table of Contents',
    ['1. Introduction and Context', ...sections, `${sections.length + 2}. How to Respond`].map((s, i) => `<b>${s} .....</b>\t<b>${i + 3}</b>`).join('\n'),
    '# 1. Introduction and Context',
    ...prose(random, wordsPerSection),
  ];
  sections.forEach((heading, s) => {
    out.push(`## ${heading}`);
    for (let sub = 1; sub <= 3; sub += 1) {
      out.push(`### ${s + 2}.${sub}. ${Array.from({ length: 3 }, () => random.pick(WORDS)).join(' ')}`, ...prose(random, wordsPerSection / 3));
    }
    consultation.questions.slice(s * 6, s * 6 + 6).forEach((q) => out.push(`#### ${q.label}`, q.text));
  });
  out.push(
    `### ${sections.length + 2}. How to Respond`,
    'Please provide responses by 1600 on Monday 31 March 2025 to DCC at [consultations@smartdcc.co.uk](mailto:consultations@smartdcc.co.uk).',
    ...SEED_NOTICE,
    '# Attachment 1',
    ...prose(random, 400).map((p) => `*${p}*`),
  );
  return `${out.join('\n\n')}\n`;
}

function prose(random: Random, words: number): string[] {
  return rationale(random, words).split('\n\n').map((p) => p.replace(/\*\*/g, ''));
}

export function wordCount(text: string): number {
  return countWords(text);
}
