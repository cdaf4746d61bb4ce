/**
 * Questions in a PDF whose lines the page wrapped: real consultation excerpts printed by LibreOffice (A4, wrapped at
 * the margin, page numbers in the footer; the way `npm run score:import-as-pdf` prints the corpus), read back through
 * the importer's own entry point.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import type { Question } from '../../../shared/model';
import { removeTempFolders } from '../export/export-support';
import { skipWithoutLibreOffice } from '../export/libreoffice-support';
import { printTextsAsPdf } from './print-text';

// From the CAA's response form for its proposed criteria for the Airspace Change Masterplan (CAP 1887), corpus document
// caa-airspace-change-masterplan-criteria-questions: a follow-up line without a full stop runs on into question 10.
const CAA_FORM = `Proposed Criteria for Assessing and Accepting the Airspace Change Masterplan

8. CAP 1887 details the proposed criteria to be used to inform whether to accept the Airspace Change Masterplan, which is being created by the Airspace Change Organising Group (ACOG), an impartial team in NERL. Do you have any general comments you would like to share on the proposed criteria for assessing and accepting the Airspace Change Masterplan?
9. Are the proposed criteria detailed in CAP 1887 the right criteria to enable acceptance?
Please explain your answer and provide any other general comments
10. Chapter 3 of CAP 1887 details the policy considerations that are relevant to the Airspace Change Masterplan. Are there examples of where further policy may be required to guide trade-off decisions?
If yes, please be specific preferably with a local example
11. Chapter 4 of CAP 1887 details the engagement expectations for the Airspace Change Organising Group (ACOG) to undertake. Do you have any comments on the engagement we are asking ACOG to undertake?
`;

afterAll(removeTempFolders);

const importer = createConsultationImporter({ newId: () => 'wrapped' });
// The same form up to question 9, whose follow-up line without a full stop ends the page above its page number.
const CAA_FORM_TO_9 = CAA_FORM.slice(0, CAA_FORM.indexOf('10. '));
// The end of JWG's copy of ESMA's MiFID II questions (corpus document jwg-esma-mifid-mifir-technical-advice-consultation-
// questions), which stops inside Q11: printed, the page number comes after it.
const JWG_END = `Q9. Do you agree that firms should periodically monitor records to ensure compliance with the recording requirement and wider regulatory requirements?
Q10. Should any additional items of information be included as a minimum in meeting minutes or notes where relevant face-to-face conversations take place with clients?
Q11. Should clients be required to sign these minutes
`;
// Robin Hood Energy's response to Ofgem's Supplier Licensing Review (corpus document ofgem-supplier-licensing-review-robin-
// hood-energy-response), its text run into one paragraph: printed, the line breaks after "Overarching question: 1.".
const ROBIN_HOOD = 'Vlada Petuchaite and James Proudfoot Ofgem 10 South Colonnade Canary Wharf London E14 4PU Sent via email to [email protected] 2nd December 2019 Dear Vlada and James, Response to the Ofgem ‘Supplier Licensing Review: Ongoing requirements and exit arrangements’ consultation Robin Hood Energy is a not-for-profit gas and electricity supplier, with over 130,000 customers. We were set up by Nottingham City Council with the aim of tackling fuel poverty and providing consumers with a cheaper, fairer alternative to the six largest suppliers. We became a voluntary Warm Home Discount licensee in 2018, and have recently invested over £200,000 into a dedicated vulnerability team. We’re proud to be leading the way in trying to help those members of society who need it the most. We work with ten other local authorities, for example Leeds, Liverpool and Derby City Councils, by helping them to create their own white label tariff provider in partnership with us. We operate nationally, but have a regional focus on both Nottingham and our white label partner regions. We are pleased to be at the forefront of publicly owned energy supply. We would like to thank Ofgem for the opportunity to respond to this consultation, and for their efforts in attending to this issue. We are supportive of the outcomes that Ofgem are seeking to achieve for the industry, and for consumers who experience detriment following a supplier failure. However, we have several concerns with the proposals in their current iteration, and encourage Ofgem to amend their proposals accordingly. Overarching question: 1. Do you think the proposed package of reforms will help to reduce the likelihood of disorderly market exits, and the disruption caused for consumers and the wider market when suppliers fail? Are there other actions you consider we should take to help achieve these aims? Robin Hood Energy principally support measures to address consumer and industry detriment as a result of supplier failures';
// Elexon's response form for BSC modification P127 (corpus document elexon-p127-assessment-consultation-questions): each
// question unlabelled in a table row, the next line saying how to answer it up to the form's next cell. Printed, the
// longer questions wrap over two lines.
const ELEXON_FORM = `Q / Question / Response 1 / Rationale
Do you believe Proposed ModificationP127 better facilitates the achievement of the Applicable BSC Objectives?
Please give rationale and state objective(s) / Yes / No
Do you believe either potential Alternative Modification option 1 or option 2 better facilitate the achievement of the Applicable BSC Objectives when compared with the Proposed Modification?
Please give rationale and state objective(s) / Option 1
Yes / No
Option 2
Yes / No
Do you believe that an insolvent Party should be allowed to withdraw from the Code?
Please give rationale / Yes / No
`;
// The Highland Conservatives' energy projects survey (corpus document highland-conservatives-energy-projects-survey):
// printed, the question with a sentence before it wraps after "distributed", so its question line opens mid-sentence.
const HIGHLAND_SURVEY = `Do you believe decisions about major renewable developments should be made locally in the Highlands rather than by the Scottish Government in Edinburgh?
Where community support exists for renewable projects, should community benefit funding be retained within the host community?
Highland Council recently voted to centralise 60% of community benefit funding to be distributed across the Highlands. To what extent do you agree with this decision?
Completely disagree
Completely agree
When consulted on local planning matters, do you feel you are provided with enough independent and impartial information to make an informed decision?
`;
// Ireland's Department of Enterprise on its offshore wind industrial strategy (corpus document ireland-dete-offshore-
// wind-industrial-strategy-consultation): three themes, then a paragraph whose first sentence the page wraps.
const IRELAND_THEMES = `The focus of this public consultation is the potential measures and initiatives Ireland can introduce to accelerate the development of the OWE supply chain and its complementary R&D ecosystem. Views are sought from interested parties on the following themes:
- Closing the Supply Chain Gaps
- Building Co-operation
- Research, Development & Innovation (RD&I)
Measures to support strategic spatial development and routes to market will be the subject of a future consultation as part of the implementation of this strategy.
`;
// The Scottish Parliament committee's questions as NewPower reported them (corpus document newpower-scottish-parliament-
// publicly-owned-energy-company-call-for-views): printed, the last point's second question wraps onto the next line.
const NEWPOWER_POINTS = `Members of the public and stakeholders will have the chance to fill in a survey, with questions that will include:
- What are your general views on the idea of a Scottish publicly owned energy company and what role should it fulfil?
- How might a Scottish energy supply company work best to support the growth of local and community projects, and fuel poverty reduction?
- How can it be best designed to align with wider Scottish energy policy objectives, and to avoid potential policy conflicts?
- Should it be more than solely a licensed energy supply company? Should it have a direct role in energy generation?
The survey can be found here, with further information. The consultation closes on 13 September.
`;
// QuestionPunk's residential demand response survey (corpus document questionpunk-demand-response-residential-survey-
// template): printed, the note after a question ("(If not enrolled, please skip.)") wraps onto the next line.
const QUESTIONPUNK_SURVEY = `Which demand response option(s) are you currently enrolled in? Select all that apply.
- Peak Time Rebate (PTR)
- Not currently enrolled
If you are enrolled in any demand response program, how satisfied are you overall? (If not enrolled, please skip.)
What works well, and what could be improved about any program you’re enrolled in? (Optional)
`;
// The Daily Telegraph's carbon tax survey (corpus document daily-telegraph-carbon-tax-consumer-survey): each question's
// choices run together on one line, which the page wraps.
const TELEGRAPH_SURVEY = `5. Which best describes the degree of cost-of-living pressure you are under?
I don't have enough money to pay the billsI am barely able to make ends meetI am coping but the cost of living remains a worryI am not under any cost of living pressure
6. Which of the following expenses is putting increased pressure on your budget? (You may select as many options as you wish)
ElectricityMortgageWaterPetrolGroceriesInsurancePhoneNo expense is putting increased pressure on my budget
7. Which expense seems to be rising most quickly?
ElectricityMortgageWaterPetrolGroceriesInsurancePhoneNo expense seems to be rising
`;
// Irish Water's reply to the Oireachtas committee (corpus document irish-water-response-joint-committee-future-funding-
// domestic-water-services-q12), cut before its longer answers: printed, parts a) and c) wrap over two lines.
const IRISH_WATER_Q12 = `Role of Regulators
Q12. Operating expenditure costs
a)What progress has been made to date in driving down operating expenditure costs? To what degree is there scope for further driving down operating expenditure costs?
Note Irish Water has provided detailed expenditure information in response to previous questions.
b)What role does the Public Water Forum play in driving these efficiencies?
c)What resources do the Commission for Energy Regulation and the Public Water Forum need to ensure they are “adequately resourced with the tools and expertise to drive efficiency targets in the sector”? Are the resources available to them at present at an appropriate level?
This is a question for the CER and the Public Water Forum.
`;
const texts = [CAA_FORM, CAA_FORM_TO_9, JWG_END, ROBIN_HOOD, ELEXON_FORM, HIGHLAND_SURVEY, IRELAND_THEMES, NEWPOWER_POINTS, QUESTIONPUNK_SURVEY, TELEGRAPH_SURVEY, IRISH_WATER_Q12];
let pdfs: Uint8Array[] = [];

async function questionsOf(index: number): Promise<Pick<Question, 'label' | 'text'>[]> {
  const { consultation } = await importer.read(`excerpt-${index}.pdf`, pdfs[index] as Uint8Array);
  return consultation.questions.map(({ label, text }) => ({ label, text }));
}

describe.skipIf(skipWithoutLibreOffice)('questions in a PDF whose lines were wrapped at the margin', () => {
  beforeAll(async () => {
    pdfs = await printTextsAsPdf(texts);
  }, 120_000);

  it('a numbered question wrapped before its question mark, after a follow-up line without a full stop, is its own question', async () => {
    const questions = await questionsOf(0);
    expect(questions.map((question) => question.label)).toEqual(['8.', '9.', '10.', '11.']);
    expect(questions[1]?.text).toBe('Are the proposed criteria detailed in CAP 1887 the right criteria to enable acceptance? Please explain your answer and provide any other general comments');
    expect(questions[2]?.text).toBe(
      'Chapter 3 of CAP 1887 details the policy considerations that are relevant to the Airspace Change Masterplan. Are there examples of where further policy may be required to guide trade-off decisions? If yes, please be specific preferably with a local example',
    );
  });

  it('a question that asks, then a follow-up line without a full stop, ends a one-page PDF and is kept', async () => {
    const questions = await questionsOf(1);
    expect(questions.map((question) => question.label)).toEqual(['8.', '9.']);
    expect(questions[1]?.text).toBe('Are the proposed criteria detailed in CAP 1887 the right criteria to enable acceptance? Please explain your answer and provide any other general comments');
  });

  it('the page number of a one-page PDF is page furniture: the question the text stops inside is still seen as cut off', async () => {
    expect((await questionsOf(2)).map((question) => question.label)).toEqual(['Q9', 'Q10']);
  });

  it('a numbered question inside a paragraph, its label left at the end of a line, is read from the next lines', async () => {
    const { consultation, sourceText } = await importer.read('excerpt-3.pdf', pdfs[3] as Uint8Array);
    expect(sourceText).toMatch(/question: 1\.\n/);
    expect(consultation.questions.map(({ label, text }) => ({ label, text }))).toEqual([
      {
        label: '1.',
        text: 'Do you think the proposed package of reforms will help to reduce the likelihood of disorderly market exits, and the disruption caused for consumers and the wider market when suppliers fail? Are there other actions you consider we should take to help achieve these aims?',
      },
    ]);
  });

  it('an unlabelled question wrapped over two lines keeps the line below it that says how to answer it, as a short one does', async () => {
    expect((await questionsOf(4)).map((question) => question.text)).toEqual([
      'Do you believe Proposed ModificationP127 better facilitates the achievement of the Applicable BSC Objectives? Please give rationale and state objective(s)',
      'Do you believe either potential Alternative Modification option 1 or option 2 better facilitate the achievement of the Applicable BSC Objectives when compared with the Proposed Modification? Please give rationale and state objective(s)',
      'Do you believe that an insolvent Party should be allowed to withdraw from the Code? Please give rationale',
    ]);
  });

  it('the last of a list of short themes ends where a long line opens the next paragraph, though its sentence wraps', async () => {
    expect((await questionsOf(6)).map((question) => question.text)).toEqual([
      'Closing the Supply Chain Gaps',
      'Building Co-operation',
      'Research, Development & Innovation (RD&I)',
    ]);
  });

  it('a point asking two questions, the second wrapped onto the next line, is one question', async () => {
    expect((await questionsOf(7)).map((question) => question.text)).toContain('Should it be more than solely a licensed energy supply company? Should it have a direct role in energy generation?');
  });

  it('a question keeps the note after it that the page wrapped onto the next line', async () => {
    expect((await questionsOf(8)).map((question) => question.text)).toEqual([
      'Which demand response option(s) are you currently enrolled in? Select all that apply.',
      'If you are enrolled in any demand response program, how satisfied are you overall? (If not enrolled, please skip.)',
      'What works well, and what could be improved about any program you’re enrolled in? (Optional)',
    ]);
  });

  it("a survey question's choices run together are answer space though the page wrapped them over two lines", async () => {
    expect(await questionsOf(9)).toEqual([
      { label: '5.', text: 'Which best describes the degree of cost-of-living pressure you are under?' },
      { label: '6.', text: 'Which of the following expenses is putting increased pressure on your budget? (You may select as many options as you wish)' },
      { label: '7.', text: 'Which expense seems to be rising most quickly?' },
    ]);
  });

  it("a topic's lettered questions keep the lines the page wrapped them onto, and not the answer below", async () => {
    expect(await questionsOf(10)).toEqual([
      {
        label: 'a)',
        text: 'What progress has been made to date in driving down operating expenditure costs? To what degree is there scope for further driving down operating expenditure costs?',
      },
      { label: 'b)', text: 'What role does the Public Water Forum play in driving these efficiencies?' },
      {
        label: 'c)',
        text: 'What resources do the Commission for Energy Regulation and the Public Water Forum need to ensure they are “adequately resourced with the tools and expertise to drive efficiency targets in the sector”? Are the resources available to them at present at an appropriate level?',
      },
    ]);
  });

  it('an unlabelled question whose line opens mid-sentence is read from where its sentence starts on the line above', async () => {
    expect((await questionsOf(5)).map((question) => question.text)).toEqual([
      'Do you believe decisions about major renewable developments should be made locally in the Highlands rather than by the Scottish Government in Edinburgh?',
      'Where community support exists for renewable projects, should community benefit funding be retained within the host community?',
      'Highland Council recently voted to centralise 60% of community benefit funding to be distributed across the Highlands. To what extent do you agree with this decision?',
      'When consulted on local planning matters, do you feel you are provided with enough independent and impartial information to make an informed decision?',
    ]);
  });
});
