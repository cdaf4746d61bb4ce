import { describe, expect, it } from 'vitest';
import { readLines } from '../../../shared/import/document-lines';
import { parseConsultation } from '../../../shared/import/parse-consultation';

const textOf = (source: string): string[] => readLines(source).map((line) => line.text.text);

// From HSE's silica reply form as `pdftotext -layout` prints it (corpus/hse-silica-wel-response-form.txt).
const FORM = [
  'Question                                   Comment',
  '',
  '1. Do you agree with the proposal for a    We are not entirely convinced of the need to',
  'WEL for respirable crystalline silica of   reduce from the current 0.3 mg/m3; but',
  '0.1 mg.m3 (8-hour TWA)? If you             acknowledge that this is the lowest',
  'disagree, please explain why.              practicable working limit for measurement',
  '                                           and control.',
].join('\n');

describe('a paragraph printed in two columns', () => {
  it('is read column by column: the question, then the answer beside it', () => {
    expect(textOf(FORM).slice(2)).toEqual([
      '1. Do you agree with the proposal for a',
      'WEL for respirable crystalline silica of',
      '0.1 mg.m3 (8-hour TWA)? If you',
      'disagree, please explain why.',
      '',
      'We are not entirely convinced of the need to',
      'reduce from the current 0.3 mg/m3; but',
      'acknowledge that this is the lowest',
      'practicable working limit for measurement',
      'and control.',
    ]);
  });

  it('keeps pointing at where each column came from', () => {
    const answer = readLines(FORM).find((line) => line.text.text === 'and control.');
    expect(answer && FORM.slice(answer.text.segments[0]?.orig, (answer.text.segments[0]?.orig ?? 0) + 12)).toBe('and control.');
  });

  it('gives the question without the answer run into it', () => {
    const { consultation } = parseConsultation(FORM, { id: 'columns' });
    expect(consultation.questions.map(({ label, text }) => [label, text])).toEqual([
      ['1.', 'Do you agree with the proposal for a WEL for respirable crystalline silica of 0.1 mg.m3 (8-hour TWA)? If you disagree, please explain why.'],
    ]);
  });

  it('leaves labels and their values in a layout table on the same line', () => {
    const table = ['Issued                 8 August 2025', 'Respond by             11:59pm on 3 October 2025', 'Enquiries to           smartmetering@energysecurity.gov.uk'].join('\n');
    expect(textOf(table)).toEqual(table.split('\n'));
    expect(parseConsultation(table, { id: 'table' }).consultation.respondBy).toEqual({ date: '2025-10-03', time: '23:59' });
  });

  it('leaves a table of several columns alone', () => {
    const grid = ['Very good    Good    Fair    Poor', 'Clarity      [ ]     [ ]     [ ]'].join('\n');
    expect(textOf(grid)).toEqual(grid.split('\n'));
  });
});
