import type { Consultation, ResponseDraft } from '../../../shared/model';
import { dccConsultation } from '../../support/sample-draft';
import { confidentialDraft, MARKED_SENTENCE, PART_REASON } from '../../shared/letter/letter-fixtures';

export const QUESTION_COUNT = 9;

/** The lead-in line of question n's list, and the list's first item: they must print on one page. */
export const leadIn = (n: number) => `Our concerns about point ${n} are as follows:`;
export const firstConcern = (n: number) => `first concern of point ${n};`;
/** The first words of question n's answer: they must print on the page of the question's label. */
export const answerOpening = (n: number) => `Opening of answer ${n}.`;

const FILLER =
  'We have considered the proposal with our operational teams and our agents, and we set out below how it affects the way we install, commission and maintain smart meters for our customers.';

/** Paragraphs of different lengths, so the lead-ins fall at different places on the page. */
function filler(n: number): string {
  return Array.from({ length: 1 + (n % 4) }, (_, i) => `${FILLER} ${'And more detail. '.repeat((n * 3 + i * 5) % 11)}`.trim()).join('\n\n');
}

const consultation: Consultation = {
  ...dccConsultation,
  questions: Array.from({ length: QUESTION_COUNT }, (_, i) => ({
    id: `q${i + 1}`,
    label: `Dates Q${i + 1}`,
    text: `Do you agree with proposal ${i + 1} for the re-designation of the SMETS1 document set?`,
    section: '3. Next Steps',
    kind: 'agree' as const,
  })),
};

/** The answer that holds a sentence marked confidential, between public words. */
export const MARKED_ANSWER = 5;

/**
 * A response long enough to run over several pages, with a lead-in line and
 * a list in every answer at a different place on the page, one answer
 * confidential as a whole and one sentence marked confidential in another.
 */
export function longDraft(): ResponseDraft {
  const base = confidentialDraft();
  return {
    ...base,
    consultation,
    answers: Object.fromEntries(
      consultation.questions.map((q, i) => {
        const n = i + 1;
        return [
          q.id,
          {
        position: 'partly-agree' as const,
        rationale:
          n === 4
            ? 'Our **Project Kestrel** migration moves forty thousand meters in *November*.\n\n- SECRET-PLAN-ALPHA\n- a second step'
            : `${answerOpening(n)} ${n === MARKED_ANSWER ? `{{confidential:m5}}${MARKED_SENTENCE}{{/confidential}} ` : ''}${filler(n)}\n\n${leadIn(n)}\n\n- ${firstConcern(n)}\n- second concern of point ${n};\n- third concern of point ${n}.\n\n${FILLER}`,
        confidential: n === 4,
          },
        ];
      }),
    ),
    confidentiality: {
      scope: 'parts',
      otherParts: '',
      reasons: 'The answer to Dates Q4 reveals our commercial migration plans.',
      partReasons: { m5: PART_REASON },
    },
  };
}
