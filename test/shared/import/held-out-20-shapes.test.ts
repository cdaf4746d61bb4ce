import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twentieth held-out set of the corpus; each test is written so that undoing its rule makes it
// fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-20' }).consultation;

describe("a response that reprints a question after a bare number", () => {
  it('reads it when it is put to the reader', () => {
    const text = [
      'We offer our responses to the consultation questions set out in the consultation document.',
      '',
      '1 What are your views about the proposed approach of a universally available tariff scheme? Please include reasoning for your response.',
      '',
      'The tariff is essential to stimulate the market.',
    ].join('\n');
    const [question] = parse(text).questions;
    expect(question?.label).toBe('1');
    expect(question?.text).toBe('What are your views about the proposed approach of a universally available tariff scheme? Please include reasoning for your response.');
  });

  it('but not a numbered heading that asks', () => {
    const text = [
      '2 What is the issue?',
      '',
      'Suppliers cannot currently see the data they need for settlement, which leads to disputes.',
      '',
      '3 What is the solution?',
      '',
      'The DCC will publish the data every day to every supplier that asks for it.',
    ].join('\n');
    expect(parse(text).questions).toEqual([]);
  });
});

describe("a web page's header and footer", () => {
  it('are not its title: social media links with the site name below them, "top of page", blog navigation', () => {
    const blog = [
      'Add us on Twitter Follow us on Facebook Linked in',
      'Earthtest Energy',
      '',
      'Blog Archive',
      '',
      'Latest Blog Posts',
      '',
      'Renewable Heat Incentive Consultation for domestic scheme',
      '',
      'Earthtest Energy is a sister company of Ashton Bennett Limited, which for the last 25 years have provided consultancy services.',
    ].join('\n');
    expect(parse(blog).title).toBe('Renewable Heat Incentive Consultation for domestic scheme');
    const campaign = ['top of page', '', 'Please Support these 3 Solar Farm Planning Applications', '', 'bottom of page'].join('\n');
    expect(parse(campaign).title).toBe('Please Support these 3 Solar Farm Planning Applications');
  });

  it('nor is the kind of request a page is', () => {
    const text = ['Freedom of Information Request', '', 'Solar Farms', '', 'Received: 10 May 2022'].join('\n');
    expect(parse(text).title).toBe('Solar Farms');
  });
});

// The twenty-first held-out set's news item, fixed after it was scored.
describe('a news item that dates itself and says the consultation is open until a day without a year', () => {
  it('reads the day in the year the item is dated', () => {
    const text = [
      'London, England — (METERING.COM) — February 13, 2013 – Britain’s gas and electricity regulator Ofgem has launched a final consultation on the code of practice.',
      '',
      'The code consultation is open until March 8, after which the final code of practice will be designated.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2013-03-08', time: null });
    // Something else that is open until a day is no deadline.
    expect(parse('London, February 13, 2013. The exhibition at the town hall is open until March 8.').respondBy).toBeNull();
  });
});
