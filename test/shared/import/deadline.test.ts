import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

function deadlineOf(text: string): { respondBy: unknown; printed: string | null } {
  const { consultation, findings } = parseConsultation(text, { id: 'deadline' });
  const span = findings.respondBy.span;
  return { respondBy: consultation.respondBy, printed: span ? text.slice(span.start, span.end) : null };
}

describe('the respond-by deadline in the forms consultations print it', () => {
  it.each([
    ['Respond by: 1600 on 28 October 2020', { date: '2020-10-28', time: '16:00' }, '1600 on 28 October 2020'],
    [
      'Please provide responses by 1600 on 12 November 2021 to DCC at consultations@smartdcc.co.uk.',
      { date: '2021-11-12', time: '16:00' },
      '1600 on 12 November 2021',
    ],
    [
      'Please send your response to the team by 5pm on Monday 3 February 2025.',
      { date: '2025-02-03', time: '17:00' },
      '5pm on Monday 3 February 2025',
    ],
    [
      'This consultation closes at 11:59pm on 25 September 2023.',
      { date: '2023-09-25', time: '23:59' },
      '11:59pm on 25 September 2023',
    ],
    ['Closing date: 12 November 2021', { date: '2021-11-12', time: null }, '12 November 2021'],
    ['Respond by: midday on 14 January 2022', { date: '2022-01-14', time: '12:00' }, 'midday on 14 January 2022'],
    ['Responses are due by 12 noon on Friday 4 March 2022.', { date: '2022-03-04', time: '12:00' }, '12 noon on Friday 4 March 2022'],
    ['Deadline for responses: 4.30pm, 1 July 2024', { date: '2024-07-01', time: '16:30' }, '4.30pm, 1 July 2024'],
    ['Please respond by 16:00 on 7 March 2023.', { date: '2023-03-07', time: '16:00' }, '16:00 on 7 March 2023'],
    ['The consultation closes on 9 June 2022 at 17:00.', { date: '2022-06-09', time: '17:00' }, '9 June 2022 at 17:00'],
    ['Response deadline: 03 February 2025', { date: '2025-02-03', time: null }, '03 February 2025'],
    ['Responses should reach us no later than 5 pm on 21st April 2022.', { date: '2022-04-21', time: '17:00' }, '5 pm on 21st April 2022'],
  ])('reads "%s"', (text, respondBy, printed) => {
    expect(deadlineOf(text)).toEqual({ respondBy, printed });
  });

  it('takes the time from "How to respond" when the cover gives only the date', () => {
    const text = [
      'Response deadline: 3 February 2025',
      '',
      '## How to respond',
      '',
      'Please send your response to the team named on the front page by 5pm on Monday 3 February 2025.',
    ].join('\n');
    expect(deadlineOf(text).respondBy).toEqual({ date: '2025-02-03', time: '17:00' });
  });

  it('does not take other dates in the text for the deadline', () => {
    const text = [
      'Between 18 December 2019 and 22 January 2020, DCC ran a consultation on changes to the TMAD.',
      '',
      'DCC is aiming to provide its conclusions report to BEIS no later than Friday 30 October 2020.',
      '',
      'The previous consultation closed on 3 September 2020.',
    ].join('\n');
    expect(deadlineOf(text)).toEqual({ respondBy: null, printed: null });
  });

  it('reads a bare "1600" as a time only where the words around it say so', () => {
    expect(deadlineOf('The consultation on the 2021 review closes on 12 November 2021.').respondBy).toEqual({ date: '2021-11-12', time: null });
  });

  it('rejects dates that do not exist', () => {
    expect(deadlineOf('Closing date: 31 February 2021').respondBy).toBeNull();
  });
});
