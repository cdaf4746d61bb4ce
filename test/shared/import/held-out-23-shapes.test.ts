import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twenty-third held-out set of the corpus; each test is written so that undoing its rule makes
// it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-23' }).consultation;

describe('points listed after an invitation to share views', () => {
  const lead = [
    'We encourage our residents, businesses, partners and other key stakeholders to share their views on: ',
    '',
    '  • The key priorities and proposed areas for action ',
    '  • How the Council could work with residents, partners and businesses to tackle climate change.',
    '',
  ];

  it('are not questions when the page then sends the reader to a survey to answer', () => {
    const text = [...lead, 'Please share your ideas and views on the draft Climate Emergency Response Plan by Wednesday, 12 February, by completing the following survey.'].join('\n');
    expect(parse(text).questions).toEqual([]);
  });

  it('but still are when nothing points to a survey', () => {
    const text = [...lead, 'There is a glossary available with details of the technical terms used throughout the document.'].join('\n');
    expect(parse(text).questions).toHaveLength(2);
  });
});

describe('lines at the head of a web page that are not its title', () => {
  it("a picture's description printed as text", () => {
    const text = [
      'Skip to content',
      'People standing next to a  green house with solar panels, an electric car being charged, a person riding a bike, recycling',
      '',
      'Survey about the Climate Emergency Response Plan 2025-2030',
      '',
      'Please complete this survey to share your views on the proposed action areas and priority issues behind the Climate Emergency Response Plan.',
    ].join('\n');
    expect(parse(text).title).toBe('Survey about the Climate Emergency Response Plan 2025-2030');
  });

  it("a site-wide notice above the heading, and the body's first heading that asks without a question mark", () => {
    const text = [
      'Read our flood information and advice to make sure you are prepared for future flooding.',
      'Climate change consultation results',
      'What did we do, what did we ask',
      'We asked your views about climate change alongside understanding how to best engage and communicate with you on environmental and sustainability issues.',
    ].join('\n');
    expect(parse(text).title).toBe('Climate change consultation results');
  });
});

describe('points listed after an invitation, then a form to answer them in', () => {
  it('are still questions: the online form is where their answers go', () => {
    const text = [
      'The Committee would welcome written evidence on the following matters:',
      '',
      '  • The feasibility of the acceleration of the ban of the sale of new petrol and diesel vehicles to 2030;',
      '  • The actions required by Government to encourage greater uptake of electric vehicles.',
      '',
      'Please submit your evidence by completing the online form on the Committee’s website.',
    ].join('\n');
    expect(parse(text).questions).toHaveLength(2);
  });
});
