import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the thirty-second held-out set of the corpus (documents from outside the UK: FERC notices, AEMC, AEMO
// and Productivity Commission pages, New Zealand MBIE, EIOPA, a Canadian NEB page), scored on the parser as on main; each
// test is written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-32' }).consultation;

describe('deadlines worded in other ways', () => {
  it('reads "are due" as a date to respond by ("Comments on this NOI are due on November 22, 2005", "Submissions are due on …")', () => {
    const notice = [
      'Preventing Undue Discrimination and Preference in Transmission Services',
      '',
      'DATES: Comments on this NOI are due on November 22, 2005.',
    ].join('\n');
    expect(parse(notice).respondBy).toEqual({ date: '2005-11-22', time: null });
    const release =
      'The Commission is seeking stakeholder views on these proposals which, combined with further analysis, will inform the next stage of this review. Submissions are due on 27 January 2012.';
    expect(parse(release).respondBy).toEqual({ date: '2012-01-27', time: null });
  });

  it('prefers the date that is due to one told as past or superseded ("were due by", "was scheduled to close on")', () => {
    const inquiry = [
      'Productivity Inquiry',
      '',
      'Initial submissions were due by 23 March 2022.',
      '',
      'You are invited to examine this initial interim report.',
      '',
      'Final submissions are due by Friday 7 October 2022.',
    ].join('\n');
    expect(parse(inquiry).respondBy).toEqual({ date: '2022-10-07', time: null });
    const extended = [
      'Notice of Extension to the closing date for submissions on the Procedure Change Proposal',
      'The closing date for submissions on the Dispatch Settlement and Monitoring Data Procedure Change Proposal has been extended to 5 March 2025 in accordance with clause 2.10.17(b) of the WEM Rules.',
      'This procedure opened for consultation on 22 January 2025 and the consultation process was scheduled to close on 20 February 2025.',
    ].join('\n');
    expect(parse(extended).respondBy).toEqual({ date: '2025-03-05', time: null });
  });

  it('reads a timetable row that names what closes, with its cell bars, and the date on the next line', () => {
    const text = [
      'The Consultation Process',
      'The consultation process is outlined below. Dates are indicative only and subject to change.',
      'Process Stage | Date |',
      '---|---|',
      'Publication of Procedure Change Proposal |',
      '30 October 2024 |',
      'Closing date for submissions on Procedure Change Proposal |',
      '28 November 2024 |',
      'Publication of Procedure Change Report |',
      '20 December 2024 |',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2024-11-28', time: null });
  });
});
