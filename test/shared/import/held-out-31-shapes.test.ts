import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the thirty-first held-out set of the corpus (a GOV.UK question annex and an Ofgem RIIO-2
// contents page, scored on the parser as on main); each test is written so that undoing its rule makes it fail. The
// wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-31' }).consultation;
const questions = (text: string): [string, string][] => parse(text).questions.map((question) => [question.label, question.text]);

describe('sub-question labels in a questions annex', () => {
  it('reads a number with a letter ("1a.", "2d.") as the label it prints', () => {
    const text = [
      'Annex A: Consultation questions',
      '',
      'We would welcome responses to the following questions set out in this consultation paper.',
      '',
      'Accessible playgrounds',
      '',
      'Questions:',
      '',
      '2a. To what extent do you agree with the proposal to create a hub of guidance about playground accessibility?',
      '',
      '2b. To what extent do you agree that the voluntary standards for playground accessibility should be made mandatory?',
      '',
      '2d. If you know of existing guidance that DU should consider including on the hub, please share them.',
    ].join('\n');
    expect(questions(text)).toEqual([
      ['2a.', 'To what extent do you agree with the proposal to create a hub of guidance about playground accessibility?'],
      ['2b.', 'To what extent do you agree that the voluntary standards for playground accessibility should be made mandatory?'],
      ['2d.', 'If you know of existing guidance that DU should consider including on the hub, please share them.'],
    ]);
  });

  it('keeps two numbers of one sequence that ask the same words as two questions', () => {
    const text = [
      'Annex A: Consultation questions',
      '',
      'Questions:',
      '',
      '1a. To what extent do you agree with proposals to review funding support and create an online hub to improve access to elected office for disabled people?',
      '',
      '1b. If you would like to explain your answer, please do so here. (Suggested maximum 500 words)',
      '',
      '2a. To what extent do you agree with the proposal to create a hub of guidance about playground accessibility?',
      '',
      '2c. If you would like to explain your answer, please do so here. (Suggested maximum 500 words)',
    ].join('\n');
    expect(questions(text).map(([label]) => label)).toEqual(['1a.', '1b.', '2a.', '2c.']);
  });

  it('still keeps a question once when an annex repeats it as a plain number under the chapter’s "Q1"', () => {
    const text = [
      'Q1. Do you agree that suppliers should publish their installation figures each quarter?',
      '',
      'Annex A: Consultation questions',
      '',
      '1. Do you agree that suppliers should publish their installation figures each quarter?',
    ].join('\n');
    expect(questions(text).map(([label]) => label)).toEqual(['Q1']);
  });
});

describe('contents that lost their dot leaders', () => {
  it('does not take a contents line that runs headings and page numbers together for a question', () => {
    const text = [
      'RIIO-2 Framework Consultation March 2018',
      '',
      'Contents',
      '',
      'RIIO-2 Framework proposals at a glance 3',
      '',
      'Foreword 4',
      '',
      '1. Summary of proposals 7 What are we consulting on? 7 Our proposals 7 How you can get involved 10 Associated documents 11',
      '',
      '2. Introduction 12 Network companies and price controls 12 The RIIO framework 12 Preparing for RIIO-2 13 Managing the Energy transition 13 Performance in RIIO-1 15 What does this mean for the RIIO-2 framework? 16',
      '',
      'CEPA review of RIIO-1 framework 16',
    ].join('\n');
    expect(questions(text)).toEqual([]);
  });
});

describe('titles on covers run into one line', () => {
  it('drops a sharing site’s excerpt run onto the title after a middle dot', () => {
    const text = [
      '216',
      'RIIO-2 Sector Specific Methodology · in this consultation document may be capable, in principle, of application for RIIO-ED2. Our detailed proposals We provide more detail on our',
      '',
      'Citation preview',
      '',
      'Team: Network Price Controls',
    ].join('\n');
    expect(parse(text).title).toBe('RIIO-2 Sector Specific Methodology');
  });

  it('ends a run-on title at the letter’s first numbered section ("1. Introduction")', () => {
    const text =
      'The Office of Gas and Electricity Markets 10 South Colonnade, Canary Wharf, London, E14 4PU Tel 020 7901 7000 www.ofgem.gov.uk Open Letter Consultation on approach to setting the next electricity distribution price control (RIIO-ED2) 1. Introduction The electricity distribution network carries electricity from the high voltage transmission network to industrial, commercial, and domestic users, as well as distributing an increasing quantity of power from generation sources that are connected directly to the networks.';
    expect(parse(text).title).toBe('Open Letter Consultation on approach to setting the next electricity distribution price control (RIIO-ED2)');
  });
});

describe('second batch: a recounted lead-in and a paper’s cover', () => {
  it('does not take the points a response says the consultation "sought views on:" for questions', () => {
    const text = [
      'Government response: British Industry Supercharger Network Charging Compensation Scheme',
      '',
      'Through the consultation, DBT sought views and evidence from a wide range of audiences, including EIIs, other electricity consumers, trade bodies, energy suppliers, and other interested parties.',
      '',
      'DBT sought views on:',
      '',
      '• the design of the proposed NCC Scheme',
      '• evidence of impact on suppliers',
    ].join('\n');
    expect(questions(text)).toEqual([]);
  });

  // (This guard's wording is ours: a lead-in in the present passive still invites views.)
  it.each(['Views are invited on the following:', 'The Department has requested views on the following:'])(
    'still takes the points after "%s"',
    (leadIn) => {
      const text = [leadIn, '', '• the design of the proposed scheme', '• the evidence of its impact on suppliers'].join('\n');
      expect(questions(text).map(([label]) => label)).toEqual(['Item 1', 'Item 2']);
    },
  );

  it('skips a regulator’s name alone on its line and gives a colon run into the next word its space', () => {
    const text = [
      'Consultation Paper',
      '',
      'Financial Services Authority',
      '',
      'Regulatory Reform:Handbook transitional arrangements, the appointment of with-profits committee members and certain other Handbook amendments',
      '',
      'CP13/3',
      '',
      'January 2013',
    ].join('\n');
    expect(parse(text).title).toBe(
      'Regulatory Reform: Handbook transitional arrangements, the appointment of with-profits committee members and certain other Handbook amendments',
    );
  });
});

describe('the kind of document described after the title', () => {
  it('ends the title before "A consultation paper containing …" and the cover date on its line', () => {
    const text = [
      '35',
      'Review of Queensland Energy Legislation Part 1: Options paper A consultation paper containing summarised regulatory impact statements October 2019',
      '',
      'This publication has been compiled by the Department of Natural Resources, Mines and Energy.',
    ].join('\n');
    expect(parse(text).title).toBe('Review of Queensland Energy Legislation Part 1: Options paper');
  });
});
