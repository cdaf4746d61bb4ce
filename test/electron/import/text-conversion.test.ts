import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/services/import/decode-text';
import { htmlToText } from '../../../electron/services/import/html-to-text';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import { layoutPageText } from '../../../electron/services/import/pdf-layout';
import { parseConsultation } from '../../../shared/import/parse-consultation';

describe('Word HTML as text the parser reads', () => {
  it('keeps headings, bold lines, lists and tables', () => {
    const html = [
      '<h1>Title</h1>',
      '<p><strong>Respond by: 1600 on 28 October 2020</strong></p>',
      '<h3>3. Next Steps</h3>',
      '<ol><li>Do you agree?</li><li>What would it cost?<ul><li>in money</li></ul></li></ol>',
      '<table><tr><td><p>Question 1</p></td><td><p>Do you agree with</p><p>the proposal?</p></td></tr></table>',
      '<p>R&amp;D costs &lt;5% | <a href="mailto:a@b.uk">a@b.uk</a></p>',
    ].join('');
    expect(htmlToText(html)).toBe(
      [
        '# Title',
        '',
        '**Respond by: 1600 on 28 October 2020**',
        '',
        '### 3. Next Steps',
        '',
        '1. Do you agree?',
        '2. What would it cost?',
        '  - in money',
        '',
        '| Question 1 | Do you agree with the proposal? |',
        '',
        'R&D costs <5% | a@b.uk',
      ].join('\n'),
    );
  });

  it('escapes text that would otherwise read as markup', () => {
    expect(htmlToText('<p># not a heading *really*</p><p>| not a table</p>')).toBe('\\# not a heading \\*really\\*\n\n\\| not a table');
  });
});

describe('PDF text items as lines and paragraphs', () => {
  const item = (str: string, x: number, y: number, size = 11, hasEOL = false) => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width: str.length * size * 0.5,
    height: size,
    hasEOL,
  });

  it('breaks lines where the text moves down, and paragraphs where the gap is wide', () => {
    const items = [
      item('Further consultation on the date for re-', 72, 750, 20, true),
      item('designation of regulatory changes', 72, 727, 20),
      item('Filename: date_con_consultation_issued', 72, 690),
      item('Date: 21 October 2020', 72, 670),
      item('Dates Q1', 72, 640),
      item('Do you agree with the', 72, 620),
      item('proposed date?', 72, 607),
    ];
    expect(layoutPageText(items)).toBe(
      [
        'Further consultation on the date for re-',
        'designation of regulatory changes',
        '',
        'Filename: date_con_consultation_issued',
        '',
        'Date: 21 October 2020',
        '',
        'Dates Q1',
        '',
        'Do you agree with the',
        'proposed date?',
      ].join('\n'),
    );
  });

  it('joins runs on one line with a space, or a tab across a wide gap', () => {
    const items = [item('3. Next Steps .....', 72, 700), item('4', 500, 700), item('Page', 72, 40), item('1', 100, 40)];
    expect(layoutPageText(items)).toBe('3. Next Steps .....\t4\n\nPage 1');
  });
});

describe('text files', () => {
  it('drops the byte order mark and reads UTF-16 from Windows Notepad', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x51, 0x31]))).toBe('Q1');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x51, 0x00, 0x31, 0x00]))).toBe('Q1');
  });

  it('imports a UTF-16 text file', async () => {
    const body = 'Respond by: 1600 on 28 October 2020\n\nQ1 Do you agree?';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < body.length; index += 1) bytes[2 + index * 2] = body.charCodeAt(index);
    const { consultation } = await createConsultationImporter().read('notes.txt', bytes);
    expect(consultation.respondBy).toEqual({ date: '2020-10-28', time: '16:00' });
    expect(consultation.questions.map((question) => question.label)).toEqual(['Q1']);
  });
});

describe('Word HTML through a maintained HTML parser', () => {
  it('keeps a response form\'s "Question | Comment" table as cells, so its questions are found', () => {
    const html = [
      '<p><strong>Response form</strong></p>',
      '<table><thead><tr><th>Question</th><th>Comment</th></tr></thead><tbody>',
      '<tr><td><p>Do you agree with the proposed threshold?</p></td><td><p>Click here to enter text.</p></td></tr>',
      '<tr><td><p>What would the change cost your business?</p><p>Please give figures.</p></td><td></td></tr>',
      '</tbody></table>',
    ].join('');
    const text = htmlToText(html);
    expect(text).toBe(
      [
        '**Response form**',
        '',
        '| Question | Comment |',
        '| Do you agree with the proposed threshold? | Click here to enter text. |',
        '| What would the change cost your business? Please give figures. |  |',
      ].join('\n'),
    );
    const questions = parseConsultation(text, { id: 'form' }).consultation.questions;
    expect(questions.map(({ label, text: body }) => [label, body])).toEqual([
      ['Item 1', 'Do you agree with the proposed threshold?'],
      ['Item 2', 'What would the change cost your business? Please give figures.'],
    ]);
  });

  it('keeps line breaks inside a paragraph and bold runs inside a line', () => {
    expect(htmlToText('<p>Q1<br/>Do you <b>agree</b>?</p><h2>Annex <em>A</em></h2>')).toBe('Q1\nDo you **agree**?\n\n## Annex A');
  });
});
