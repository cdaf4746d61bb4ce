import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LetterPreview } from '../../renderer/src/letter/letter-preview';
import { composeLetter } from '../../shared/letter/compose-letter';
import { confidentialityStatement } from '../../shared/letter/confidentiality';
import { REDACTED_TEXT } from '../../shared/letter/letter';
import { SAMPLE_NOW, sampleDraft } from '../support/sample-draft';
import { confidentialDraft, SECRET_WORDS, signedOff } from '../shared/letter/letter-fixtures';

describe('LetterPreview', () => {
  it('shows the title, question labels, positions and formatted answers', () => {
    const { container } = render(<LetterPreview letter={composeLetter(sampleDraft(), { version: 'full', date: SAMPLE_NOW })} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Response to: Further consultation/);
    const q1 = screen.getByRole('region', { name: 'Dates Q1' });
    expect(within(q1).getByRole('heading', { name: 'Dates Q1' })).toBeTruthy();
    expect(q1.textContent).toContain('Position: Agree');
    expect(within(q1).getByText('3 November 2020').tagName).toBe('STRONG');
    expect(within(q1).getByText('change freeze').tagName).toBe('EM');
    const bullets = container.querySelector('ul')!;
    expect([...bullets.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'PPMID key insertion completes by the end of October;',
      'our change freeze ends on 2 November.',
    ]);
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
  });

  it('shows the confidentiality statement', () => {
    const draft = confidentialDraft();
    render(<LetterPreview letter={composeLetter(draft, { version: 'full', date: SAMPLE_NOW })} />);
    const section = screen.getByRole('region', { name: 'Confidentiality' });
    for (const paragraph of confidentialityStatement(draft, 'full')) expect(section.textContent).toContain(paragraph);
    expect(screen.getByText('DRAFT — not signed off')).toBeTruthy();
    expect(screen.getByText('CONFIDENTIAL')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Dates Q2' })).getByText('Confidential')).toBeTruthy();
  });

  it('shows a signed-off letter’s signature picture as a data URL image, fitted to the signature box', () => {
    render(<LetterPreview letter={composeLetter(signedOff(confidentialDraft()), { version: 'full', date: SAMPLE_NOW })} />);
    const image = screen.getByRole('img', { name: 'Signature of Jordan Lee' }) as HTMLImageElement;
    expect(image.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['180', '60']);
  });

  it('shows "[Confidential: redacted]" and nothing of the answer in the publication version', () => {
    const { container } = render(
      <LetterPreview letter={composeLetter(confidentialDraft(), { version: 'publication', date: SAMPLE_NOW })} />,
    );
    expect(within(screen.getByRole('region', { name: 'Dates Q2' })).getByText(REDACTED_TEXT)).toBeTruthy();
    for (const secret of SECRET_WORDS) expect(container.innerHTML).not.toContain(secret);
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows a draft with no signature picture and "DRAFT" across the sheet', () => {
    const { container } = render(<LetterPreview letter={composeLetter(confidentialDraft(), { version: 'full', date: SAMPLE_NOW })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.letter-preview__watermark')?.getAttribute('data-watermark')).toBe('DRAFT');
  });

  it('greets and closes the reader and gives the contact for queries', () => {
    render(<LetterPreview letter={composeLetter(sampleDraft(), { version: 'full', date: SAMPLE_NOW })} />);
    expect(screen.getByText('Dear Sir or Madam,')).toBeTruthy();
    expect(screen.getByText('Yours faithfully,')).toBeTruthy();
    expect(screen.getByText(/^For queries about this response, please contact Priya Shah/)).toBeTruthy();
    expect(screen.getByText('Your reference: date_con_consultation_issued')).toBeTruthy();
  });

  it('shows <script> in a rationale as text, never as an element', () => {
    const draft = sampleDraft({
      answers: { 'dates-q1': { position: 'agree', rationale: '<script>alert("x")</script>\n\nSee <b>this</b>.', confidential: false } },
    });
    const { container } = render(<LetterPreview letter={composeLetter(draft, { version: 'full', date: SAMPLE_NOW })} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<script>alert("x")</script>')).toBeTruthy();
    expect(screen.getByText('See <b>this</b>.')).toBeTruthy();
  });
});
