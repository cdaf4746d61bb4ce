import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_FILE_NAME_BYTES, MAX_FILE_NAME_LENGTH, safeFileName } from '../../../shared/file-names';
import { sampleDraft } from '../../support/sample-draft';
import { signedOff } from './letter-fixtures';

function withOrganisation(organisation: string) {
  const draft = signedOff(sampleDraft());
  return { ...draft, respondent: { ...draft.respondent, organisation } };
}

function withTitle(title: string) {
  const draft = signedOff(sampleDraft());
  return { ...draft, consultation: { ...draft.consultation, title } };
}

describe('export file names', () => {
  it('names each kind after the organisation and the consultation’s title, never its internal reference', () => {
    const draft = withTitle('SMETS1 Uplift 1.2 re-designation date');
    expect(exportFileName(draft, 'letter-full')).toBe('Acme Energy Ltd - response - SMETS1 Uplift 1.2 re-designation date.docx');
    expect(exportFileName(draft, 'letter-publication')).toBe('Acme Energy Ltd - response (publication) - SMETS1 Uplift 1.2 re-designation date.docx');
    expect(exportFileName(draft, 'email')).toBe('Acme Energy Ltd - response email - SMETS1 Uplift 1.2 re-designation date.eml');
    for (const kind of ['letter-full', 'letter-publication', 'email'] as const) {
      expect(exportFileName(signedOff(sampleDraft()), kind)).not.toContain('date_con_consultation_issued');
    }
  });

  it('says DRAFT in every file name until the response is signed off', () => {
    const draft = sampleDraft();
    expect(exportFileName(draft, 'letter-full')).toMatch(/^Acme Energy Ltd - DRAFT response - Further consultation/);
    expect(exportFileName(draft, 'letter-publication')).toMatch(/^Acme Energy Ltd - DRAFT response \(publication\) - /);
    expect(exportFileName(draft, 'email')).toMatch(/^Acme Energy Ltd - DRAFT response email - .*\.eml$/);
  });

  it('cuts a long title after a whole word', () => {
    const name = exportFileName(signedOff(sampleDraft()), 'letter-publication');
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name).toBe('Acme Energy Ltd - response (publication) - Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2.docx');
  });

  it('falls back to "Response" when there is no organisation', () => {
    expect(exportFileName(withOrganisation('  '), 'letter-full')).toMatch(/^Response - response - Further consultation/);
  });

  it('removes characters Windows, macOS or Linux refuse, and control characters', () => {
    const name = exportFileName(withOrganisation('A<B>C:D"E/F\\G|H?I*J\u0000K\nL\tM'), 'letter-full');
    expect(name).toMatch(/^A B C D E F G H I J K L M - response - Further consultation/);
    // eslint-disable-next-line no-control-regex -- control characters are what must be absent
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  });

  it('makes a title with unsafe characters safe', () => {
    expect(exportFileName(withTitle('Smart: what/next?'), 'email')).toBe('Acme Energy Ltd - response email - Smart what next.eml');
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
    const draft = { ...long, consultation: { ...long.consultation, title: 'x'.repeat(300) } };
    const full = exportFileName(draft, 'letter-full');
    const publication = exportFileName(draft, 'letter-publication');
    for (const name of [full, publication, exportFileName(draft, 'email')]) {
      expect(Array.from(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
      expect(name).toMatch(/[^. ]\.(docx|eml)$/);
    }
    expect(full).not.toBe(publication);
    expect(publication).toContain('response (publication)');
  });

  it('keeps a name in characters that take several bytes within what Linux and macOS allow, the kind words and the extension kept', () => {
    const draft = sampleDraft();
    const japanese = { ...draft, consultation: { ...draft.consultation, title: 'エネルギー規制の見直しに関する協議 '.repeat(10) } };
    for (const kind of ['letter-full', 'letter-publication', 'email'] as const) {
      const name = exportFileName(japanese, kind);
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name).toContain('エネルギー規制');
      expect(name).toMatch(/[^. ]\.(docx|eml)$/);
    }
    expect(exportFileName(japanese, 'letter-publication')).toContain('response (publication)');
    // A cut never splits a character: the name is still valid text.
    expect(safeFileName('€'.repeat(200), 'docx')).toBe(`${'€'.repeat(Math.floor((MAX_FILE_NAME_BYTES - 5) / 3))}.docx`);
  });
});
