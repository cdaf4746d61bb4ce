import { bundledConsultations } from '../../../shared/consultations';
import { newDraft, type Consultation, type ResponseDraft } from '../../../shared/model';

/**
 * The practice letter is as large as a long real response (60 answers of some 800 words). A small one (24 short
 * answers) left the first large export after start costing as much CPU as three later ones (about 1,000 ms against
 * 350): V8 had compiled the code for small documents, and both the code and the heap had to grow on the user's
 * export. After a practice of this size the first large export cost about 740 ms of CPU (loaded machine), and the
 * bench's cold export went from 738 to 377 ms. It runs once per worker started ahead of need, when the app is idle.
 */
const PRACTICE_QUESTIONS = 60;
/** Seven times the practice answer is some 800 words. */
const PRACTICE_ANSWER_REPEATS = 7;

const PRACTICE_ANSWER = [
  'We support the proposal in general terms. The **three months notice** it gives is enough for our systems and our agents, and we would test the change in our own release before it goes live.',
  '- Our change freeze runs from mid November.\n- Our agents need *two weeks* to brief their engineers.\n- Customers are told of any outage in advance.',
  'We would ask for a contingency date in case testing shows a problem late in the programme. That date should be set out in the final decision, with the criteria for using it.',
].join('\n\n');

/** Each answer's text differs, so none is taken from the cache of parsed answers and every one is parsed, as a user's are. */
function practiceRationale(index: number): string {
  return Array.from({ length: PRACTICE_ANSWER_REPEATS }, (_, part) => `Point ${index + 1}.${part + 1}: ${PRACTICE_ANSWER}`).join('\n\n');
}

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
    answers: Object.fromEntries(consultation.questions.map((q, i) => [q.id, { position: i % 2 === 0 ? 'agree' : 'partly-agree', rationale: practiceRationale(i), confidential: i % 3 === 2 }])),
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
