import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createDraftExporter } from '../../../electron/services/export/draft-exporter';
import { SAMPLE_NOW } from '../../support/sample-draft';
import { confidentialDraft, SECRET_WORDS } from '../../shared/letter/letter-fixtures';
import { removeTempFolders, tempFolder } from './export-support';

const run = promisify(execFile);

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

const soffice = onPath('soffice');
// On a developer machine without LibreOffice the test is skipped; in CI a missing soffice is a failure, never a skip.
const mustRun = Boolean(process.env.CI);

afterAll(removeTempFolders);

async function pdfText(docxPath: string, outFolder: string): Promise<string> {
  if (!soffice) throw new Error('soffice is not on PATH, and CI needs it to check the letter as LibreOffice lays it out');
  const profile = `file://${await tempFolder('lo-profile-')}`;
  await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outFolder, docxPath], {
    timeout: 120_000,
  });
  const pdf = join(outFolder, docxPath.split('/').pop()!.replace(/\.docx$/, '.pdf'));
  await readFile(pdf);
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return stdout.replace(/\s+/g, ' ');
}

describe.skipIf(!soffice && !mustRun)('the letter as LibreOffice prints it', () => {
  it('shows the labels, the answers, the redaction and the signatory on the page', { timeout: 180_000 }, async () => {
    const folder = await tempFolder('lo-export-');
    const files = await createDraftExporter().exportDraft(confidentialDraft(), {
      folder,
      kinds: ['letter-full', 'letter-publication'],
      overwrite: false,
      now: SAMPLE_NOW,
    });
    const [full, publication] = [
      await pdfText(files[0]!.path, folder),
      await pdfText(files[1]!.path, folder),
    ];
    for (const text of [full, publication]) {
      expect(text).toContain('Dates Q1');
      expect(text).toContain('Dates Q2');
      expect(text).toContain('We agree with the proposed date of 3 November 2020.');
      expect(text).toContain('Jordan Lee');
      expect(text).toContain('Head of Regulation');
      expect(text).toMatch(/Page 1 of \d/);
    }
    expect(full).toContain('CONFIDENTIAL');
    expect(full).toContain('Our Project Kestrel migration moves forty thousand meters in November.');
    expect(publication).toContain('[Confidential: redacted]');
    for (const secret of SECRET_WORDS) expect(publication).not.toContain(secret);
  });
});
