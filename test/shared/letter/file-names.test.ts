import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_FILE_NAME_LENGTH, safeFileName } from '../../../shared/file-names';
import { sampleDraft } from '../../support/sample-draft';

function withOrganisation(organisation: string) {
  const draft = sampleDraft();
  return { ...draft, respondent: { ...draft.respondent, organisation } };
}

describe('export file names', () => {
  it('names each kind after the organisation and the consultation reference', () => {
    const draft = sampleDraft();
    expect(exportFileName(draft, 'letter-full')).toBe('Acme Energy Ltd - response - date_con_consultation_issued.docx');
    expect(exportFileName(draft, 'letter-publication')).toBe('Acme Energy Ltd - response (publication) - date_con_consultation_issued.docx');
    expect(exportFileName(draft, 'email')).toBe('Acme Energy Ltd - response email - date_con_consultation_issued.eml');
  });

  it('falls back to "Response" when there is no organisation', () => {
    expect(exportFileName(withOrganisation('  '), 'letter-full')).toBe('Response - response - date_con_consultation_issued.docx');
  });

  it('removes characters Windows, macOS or Linux refuse, and control characters', () => {
    const name = exportFileName(withOrganisation('A<B>C:D"E/F\\G|H?I*J\u0000K\nL\tM'), 'letter-full');
    expect(name).toBe('A B C D E F G H I J K L M - response - date_con_consultation_issued.docx');
    // eslint-disable-next-line no-control-regex -- control characters are what must be absent
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  });

  it('uses the title when there is no reference', () => {
    const draft = sampleDraft();
    const untitled = { ...draft, consultation: { ...draft.consultation, reference: '', title: 'Smart: what/next?' } };
    expect(exportFileName(untitled, 'email')).toBe('Acme Energy Ltd - response email - Smart what next.eml');
  });

  it.each(['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9', 'CON.txt'])('avoids the Windows device name %s', (stem) => {
    const name = safeFileName(stem, 'docx');
    expect(name.split('.')[0]!.toUpperCase()).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('has no leading or trailing dots or spaces', () => {
    expect(safeFileName(' ..secret plan.. ', 'eml')).toBe('secret plan.eml');
    expect(safeFileName('...', 'eml')).toBe('Response.eml');
  });

  it('caps the length and keeps the extension and the words that tell kinds apart', () => {
    const long = withOrganisation('Énergie '.repeat(40));
    const draft = { ...long, consultation: { ...long.consultation, reference: 'x'.repeat(300) } };
    const full = exportFileName(draft, 'letter-full');
    const publication = exportFileName(draft, 'letter-publication');
    for (const name of [full, publication, exportFileName(draft, 'email')]) {
      expect(Array.from(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
      expect(name).toMatch(/[^. ]\.(docx|eml)$/);
    }
    expect(full).not.toBe(publication);
    expect(publication).toContain('response (publication)');
  });
});
