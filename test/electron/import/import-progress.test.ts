import { describe, expect, it } from 'vitest';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import type { StepProgress } from '../../../shared/work-progress';
import { readFixture } from '../../shared/import/fixture-cases';

/**
 * What the progress bar says while a consultation is imported in this process (the worker
 * passes the same steps on). A long PDF shows each page, so the user sees it is not stuck.
 */
async function stepsOf(fileName: string, fixture: string): Promise<StepProgress[]> {
  const steps: StepProgress[] = [];
  await createConsultationImporter({ newId: () => 'progress' }).read(fileName, readFixture(fixture), { onProgress: (step) => steps.push(step) });
  return steps;
}

describe('the progress shown while importing', () => {
  it('names the Word document being read, then says the questions are being found', async () => {
    expect(await stepsOf('Our consultation.docx', 'date_con_consultation_issued.docx')).toEqual([
      { message: 'Reading "Our consultation.docx"', done: 0, total: null },
      { message: 'Finding the title, dates and questions', done: 0, total: null },
    ]);
  });

  it('counts the pages of a PDF one by one, out of how many there are', async () => {
    const steps = await stepsOf('consultation.pdf', 'date_con_consultation_issued.pdf');
    expect(steps).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((page) => ({ message: `Reading page ${page} of 6`, done: page, total: 6 })),
      { message: 'Finding the title, dates and questions', done: 0, total: null },
    ]);
  });
});
