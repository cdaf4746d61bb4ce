import { bundledConsultations } from '../../../shared/consultations';
import { newDraft, type Consultation, type ResponseDraft } from '../../../shared/model';

/** Questions in the practice letter: enough for the letter's code to run many times, a fraction of a large letter's work. */
const PRACTICE_QUESTIONS = 24;

const PRACTICE_ANSWER = [
  'We support the proposal in general terms. The **three months notice** it gives is enough for our systems and our agents, and we would test the change in our own release before it goes live.',
  '- Our change freeze runs from mid November.\n- Our agents need *two weeks* to brief their engineers.\n- Customers are told of any outage in advance.',
  'We would ask for a contingency date in case testing shows a problem late in the programme. That date should be set out in the final decision, with the criteria for using it.',
].join('\n\n');

/** A response like a real one (positions, lists, emphasis, confidential answers, a publication version), never saved or shown. */
function practiceDraft(): ResponseDraft {
  const seed = bundledConsultations[0] as Consultation;
  const question = seed.questions[0]!;
  const consultation: Consultation = {
    ...seed,
    questions: Array.from({ length: PRACTICE_QUESTIONS }, (_, i) => ({ ...question, id: `practice-q${i + 1}`, label: `Q${i + 1}` })),
  };
  const draft = newDraft(consultation, { id: 'worker-practice', now: new Date('2025-01-06T09:00:00.000Z') });
  return {
    ...draft,
    answers: Object.fromEntries(consultation.questions.map((q, i) => [q.id, { position: i % 2 === 0 ? 'agree' : 'partly-agree', rationale: PRACTICE_ANSWER, confidential: i % 3 === 2 }])),
    confidentiality: { scope: 'parts', otherParts: '', reasons: 'The marked answers describe our costs.', partReasons: {} },
    signatory: { name: 'A Practice', jobTitle: 'Head of Regulation', signature: null },
  };
}

/**
 * One small export, and an import of the letter it made, run when a worker
 * starts (the app starts one when idle). V8 compiles a function only when it
 * first runs and optimises it only once it has run a while, so without this
 * the user's first export in a worker takes about three times as long as the
 * next. Nothing is written. Says whether the practice ran through.
 */
export async function practise(): Promise<boolean> {
  try {
    const [{ renderExportFiles }, { createConsultationImporter }] = await Promise.all([import('../export/render-export-files'), import('../import/importer')]);
    const files = await renderExportFiles(practiceDraft(), ['letter-full', 'letter-publication', 'email'], new Date('2025-01-06T09:00:00.000Z'), () => undefined);
    const letter = files.find((file) => file.kind === 'letter-full');
    if (!letter) return false;
    await createConsultationImporter().read('practice.docx', letter.bytes);
    return true;
  } catch {
    // Only practice: the app goes on, and a real job meets the same fault with its own message.
    return false;
  }
}
