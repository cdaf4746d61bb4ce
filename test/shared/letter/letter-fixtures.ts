import type { Consultation, ResponseDraft, SignatureImage } from '../../../shared/model';
import { dccConsultation, sampleDraft } from '../../support/sample-draft';

/** A known-good 1×1 PNG. */
export const ONE_PIXEL_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A 360×120 greyscale PNG of a handwritten-looking stroke. */
export const SIGNATURE_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAWgAAAB4CAAAAAD6LzcmAAADd0lEQVR4nO3cW27jMBSD4S7C+99q+lCgdWxdyCOJOk75P3bsmvqQpB0MMF8vJ+lr94D/kqFFGVqUoUUZWpShRRlalKFFGVqUoUUZWpShRRlalKFFGVqUoUUZWpShRRlalKFFGVqUoUUZWpShRRlalKFFGVqUofmO34ibMkFH9us73oJvywMd26/uuIbemAU6fABtt5nw0iTQ4f3aSs7g0hzQ8f3SLtOopSmg3xenlb7vIpZmgL7NzSldGoUvTQDdOMCmRcUqk54DXT5AOunqIHDodujaAbJJ1+dgQ3dD1z1zSbfGQEM3Q7c0M0G3t+SHbr9q80h3liBDM0BH/1hXbwcwdCt0d18S6L5j/4qd0MDrIIU08sbKDA3v3y2NbOgO3Q095aK1YRN60vugwRfrdmn0TZUVmtq/Uxp+fvvCXdC432Zo/PHtI22Fnn7p/Jg3VEboafsXx31wtS7eAz1v/+K4R6eDZn/AbZOeOHQQ+viLvYl9Cr1tPP43nvoNI9DHNeo2+kmRiWPxj10CfXMGV/HOm36Zjjy0ek8YusQMDQuhjUCHPt5eI0NLN0Wha87dacEXZ1Q69J473Rl7YOHrMej7cPQswflB6Nh7buSJP/cVvhyCLm9GzhJ1HvjADFKHl06Erg7unYV8TRVuDs2MSI8NLXw1AN1a2zzLkDMNfXclqEeGluOhO1PrZxlzDv11+HYHKD3fmYfu7qy8boi3bfMbczPvlyPUo0tLsdD46+F8Jf6e7X5fZmXn461zd3BlJRIa3HDUis48fVt8Jf/pdv7j8MpyIWj0usnO1D8zNi9sDVrjTEITGxY4g89HnlbftMiZgyY3zGZ+QR8e4OPKu2ZufY+BDmyYqgxNgJ9XeAnMXnuOgF62gak3gpG6f7atcyagF45gaq/gRgqdcegkzk1pXkrmDEOncW4sCUlpmGHoPM71LVEqBTMKncm5skZgNRQEne0IBdPszhB0viNcWBVv/dEA6IxnuP4Iy7jxvS500jM8zbkLnfYMz2IuQ/+NTn2IRznXoJ9xiPQDT0HQ8lUfGAAt3/SR9aHlkz6z4m8dZp7f7v8Y5d9kaFGGFmVoUYYWZWhRhhZlaFGGFmVoUYYWZWhRhhZlaFGGFmVoUYYWZWhRhhZlaFGGFmVoUYYWZWhRhhZlaFGGFmVoUYYWZWhRhhZlaFHfqo+nlSnNeG8AAAAASUVORK5CYII=';

export function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** JPEG markers up to a baseline frame header of the given size: enough for any reader of dimensions. */
export function jpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff, 0xd8,
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03,
    0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
    0xff, 0xd9,
  ]);
}

export const signature: SignatureImage = {
  mimeType: 'image/png',
  dataBase64: SIGNATURE_PNG_BASE64,
  widthPx: 360,
  heightPx: 120,
};

/** Words that appear only in the confidential answer, to search for in every part of every output. */
export const SECRET_WORDS = ['SECRET-PLAN-ALPHA', 'forty thousand meters', 'Project Kestrel'];

export const twoQuestionConsultation: Consultation = {
  ...dccConsultation,
  questions: [
    ...dccConsultation.questions,
    {
      id: 'dates-q2',
      label: 'Dates Q2',
      text: 'Do you agree with the draft direction text at Attachment 1?',
      section: '3. Next Steps',
      kind: 'agree',
    },
  ],
};

/** The sample response plus a second answer marked confidential, signed with a picture. */
export function confidentialDraft(overrides: Partial<ResponseDraft> = {}): ResponseDraft {
  const base = sampleDraft();
  return sampleDraft({
    consultation: twoQuestionConsultation,
    answers: {
      'dates-q1': base.answers['dates-q1']!,
      'dates-q2': {
        position: 'partly-agree',
        rationale:
          'Our **Project Kestrel** migration moves forty thousand meters in *November*.\n\n- SECRET-PLAN-ALPHA\n- a second step',
        confidential: true,
      },
    },
    confidentiality: {
      scope: 'parts',
      otherParts: '',
      reasons: 'The answer to Dates Q2 reveals our commercial migration plans.',
      partReasons: {},
    },
    signatory: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', signature },
    ...overrides,
  });
}

/** The draft as it stands once the Head of Regulation has signed it off. */
export function signedOff(draft: ResponseDraft): ResponseDraft {
  return {
    ...draft,
    status: 'signed-off',
    signOff: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26', at: '2020-10-26T10:00:00.000Z' },
  };
}

/** A sentence marked confidential inside the public answer to Dates Q1, and a marked list item. */
export const MARKED_SENTENCE = 'Our field partner Meterco Ltd charges £4.20 a visit.';
export const MARKED_ITEM = 'our Meterco contract ends on 2 November';
/** Words found only in the marked parts, to search for in every output. */
export const MARKED_WORDS = ['Meterco', '£4.20', '4.20 a visit'];
/** What the answer to Dates Q1 says around the marks, which the publication version keeps. */
export const PUBLIC_AROUND_MARKS = ['We agree with the proposed date of 3 November 2020.', 'This is why we support the date.'];
export const PART_REASON = 'It names our field partner and the price we agreed with them.';

/**
 * The confidential draft, with Dates Q1 (a public answer) holding two marked
 * parts: a sentence in the middle of a paragraph (with a reason) and a bullet
 * that is partly bold (without one).
 */
export function markedDraft(overrides: Partial<ResponseDraft> = {}): ResponseDraft {
  const draft = confidentialDraft();
  return {
    ...draft,
    answers: {
      ...draft.answers,
      'dates-q1': {
        ...draft.answers['dates-q1']!,
        rationale: [
          `We agree with the proposed date of **3 November 2020**. {{confidential:k3x9}}${MARKED_SENTENCE}{{/confidential}} This is why we support the date.`,
          'Our reasons:',
          `- PPMID key insertion completes by the end of October;\n- {{confidential:b7}}**our Meterco** contract ends on 2 November{{/confidential}}.`,
        ].join('\n\n'),
      },
    },
    confidentiality: { ...draft.confidentiality, partReasons: { k3x9: PART_REASON } },
    ...overrides,
  };
}
