import { simpleParser } from 'mailparser';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDraftExporter } from '../../../electron/services/export/draft-exporter';
import { AppError } from '../../../shared/app-error';
import { exportFileName } from '../../../shared/file-names';
import type { ExportKind, ResponseDraft } from '../../../shared/model';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { confidentialDraft } from '../../shared/letter/letter-fixtures';
import { removeTempFolders, sha256, tempFolder } from './export-support';

afterAll(removeTempFolders);

const exporter = createDraftExporter();

function run(draft: ResponseDraft, folder: string, kinds: ExportKind[], overwrite = false) {
  return exporter.exportDraft(draft, { folder, kinds, overwrite, now: SAMPLE_NOW });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the export to fail');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('exporting a draft', () => {
  it('writes the letter, the publication version and the email, and reports each file’s SHA-256', async () => {
    const folder = await tempFolder();
    const draft = deepFreeze(confidentialDraft());
    const before = structuredClone(draft);
    const files = await run(draft, folder, ['email']);

    expect(files.map((f) => f.kind)).toEqual(['letter-full', 'letter-publication', 'email']);
    expect(files.map((f) => f.fileName)).toEqual(files.map((f) => exportFileName(draft, f.kind)));
    expect((await readdir(folder)).sort()).toEqual(files.map((f) => f.fileName).sort());
    for (const file of files) {
      expect(file.path).toBe(join(folder, file.fileName));
      expect(sha256(await readFile(file.path))).toBe(file.sha256);
    }
    expect(draft).toEqual(before);
  });

  it('attaches to the email exactly the letters it wrote', async () => {
    const folder = await tempFolder();
    const files = await run(confidentialDraft(), folder, ['email']);
    const email = files.find((f) => f.kind === 'email')!;
    const parsed = await simpleParser(await readFile(email.path));
    expect(parsed.attachments.map((a) => [a.filename, sha256(a.content)])).toEqual(
      files.filter((f) => f.kind !== 'email').map((f) => [f.fileName, f.sha256]),
    );
    expect(parsed.text).toContain(files[0]!.fileName);
  });

  it('writes only the letter when only the letter is asked for', async () => {
    const folder = await tempFolder();
    const files = await run(confidentialDraft(), folder, ['letter-full']);
    expect(await readdir(folder)).toEqual([exportFileName(confidentialDraft(), 'letter-full')]);
    expect(files).toHaveLength(1);
  });

  it('attaches only the letter when there is no publication version', async () => {
    const folder = await tempFolder();
    const files = await run(sampleDraft(), folder, ['email']);
    expect(files.map((f) => f.kind)).toEqual(['letter-full', 'email']);
  });

  it('refuses a publication version when the whole response is confidential, writing nothing', async () => {
    const folder = await tempFolder();
    const draft = sampleDraft({ confidentiality: { scope: 'whole', otherParts: '', reasons: 'Sensitive', partReasons: {} } });
    const error = await failure(run(draft, folder, ['letter-full', 'letter-publication']));
    expect(error).toMatchObject({ code: 'export-failed', message: 'There is no publication version because the whole response is confidential.' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('does not overwrite an existing file: it names it and writes nothing', async () => {
    const folder = await tempFolder();
    const existing = join(folder, exportFileName(confidentialDraft(), 'letter-publication'));
    await writeFile(existing, 'the colleague’s edited copy');
    const error = await failure(run(confidentialDraft(), folder, ['email']));
    expect(error.code).toBe('file-exists');
    expect(error.message).toContain('Acme Energy Ltd - DRAFT response (publication) - Further consultation');
    expect(await readFile(existing, 'utf8')).toBe('the colleague’s edited copy');
    expect(await readdir(folder)).toEqual([exportFileName(confidentialDraft(), 'letter-publication')]);
    expect(error.message).toMatch(/^This file already exists in .*Choose to replace it, or export to another folder\.$/);
  });

  it('says the path is too long for the folder, rather than that the file exists, and writes nothing', async () => {
    // A folder so deep that folder and file name together pass what the system allows in a path (4,096 bytes on Linux).
    let folder = await tempFolder();
    for (let depth = 0; depth < 20; depth += 1) folder = join(folder, `${'Consultations and responses '.repeat(7).trim()} ${depth}`);
    await mkdir(folder, { recursive: true });
    expect(Buffer.byteLength(join(folder, exportFileName(sampleDraft(), 'letter-full')))).toBeGreaterThan(4096);
    const error = await failure(run(sampleDraft(), folder, ['letter-full']));
    expect(error.code).toBe('export-failed');
    expect(error.message).toMatch(/^The file name “.*” is too long for .*\. Nothing was written\. Give the draft a shorter name, or choose a folder nearer the top of the drive\.$/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('names every file that is already there, in plural words, and writes nothing', async () => {
    const folder = await tempFolder();
    const names = (['letter-full', 'email'] as const).map((kind) => exportFileName(confidentialDraft(), kind));
    for (const name of names) await writeFile(join(folder, name), 'sent last week');
    const error = await failure(run(confidentialDraft(), folder, ['email']));
    expect(error.code).toBe('file-exists');
    expect(error.message).toMatch(/^These files already exist in .*Choose to replace them, or export to another folder\.$/);
    // Listed one after the other, "A.docx, B.eml", in whichever order the export writes them.
    expect([names.join(', '), [...names].reverse().join(', ')].filter((list) => error.message.includes(`: ${list}. `))).toHaveLength(1);
    expect((await readdir(folder)).sort()).toEqual([...names].sort());
  });

  it('replaces existing files when asked to', async () => {
    const folder = await tempFolder();
    const target = join(folder, exportFileName(sampleDraft(), 'letter-full'));
    await writeFile(target, 'old');
    const [file] = await run(sampleDraft(), folder, ['letter-full'], true);
    expect(sha256(await readFile(target))).toBe(file!.sha256);
  });

  it('fails with a clear error for a folder that no longer exists', async () => {
    const folder = await tempFolder();
    await rm(folder, { recursive: true });
    const error = await failure(run(sampleDraft(), folder, ['email']));
    expect(error.code).toBe('export-failed');
    expect(error.message).toContain('does not exist or cannot be written to');
  });

  it('fails for a "folder" that is really a file, writing nothing', async () => {
    const parent = await tempFolder();
    const file = join(parent, 'notes.txt');
    await writeFile(file, 'x');
    const error = await failure(run(sampleDraft(), join(file, 'exports'), ['letter-full']));
    expect(error.code).toBe('export-failed');
    expect(await readdir(parent)).toEqual(['notes.txt']);
  });

  it('fails with the folder message when the chosen "folder" is itself a file, writing nothing', async () => {
    const parent = await tempFolder();
    const file = join(parent, 'exports');
    await writeFile(file, 'x');
    const error = await failure(run(sampleDraft(), file, ['letter-full']));
    expect(error.code).toBe('export-failed');
    expect(error.message).toContain(`The export folder “${file}” does not exist or cannot be written to`);
    expect(await readdir(parent)).toEqual(['exports']);
  });

  // A rename that fails part way, and the rollback, are in export-rollback.test.ts.
  it('writes nothing, and leaves no temporary files, when a folder stands where a file must go', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, exportFileName(confidentialDraft(), 'email')));
    const error = await failure(run(confidentialDraft(), folder, ['email'], true));
    expect(error.code).toBe('export-failed');
    expect(error.message).toContain(`${exportFileName(confidentialDraft(), 'email')} exists and is not a file`);
    expect(await readdir(folder)).toEqual([exportFileName(confidentialDraft(), 'email')]);
  });

  it('refuses to export a letter that would be wrong', async () => {
    const folder = await tempFolder();
    const draft = sampleDraft({ confidentiality: { scope: 'parts', otherParts: '', reasons: 'x', partReasons: {} } });
    const error = await failure(run(draft, folder, ['letter-full']));
    expect(error.code).toBe('export-failed');
    expect(error.message).toContain('names none');
    expect(await readdir(folder)).toEqual([]);
  });

  it('exports the letters but not the email when the consultation has no response address', async () => {
    const folder = await tempFolder();
    const draft = sampleDraft();
    const noAddress = { ...draft, consultation: { ...draft.consultation, responseEmail: '' as const } };
    expect(await run(noAddress, folder, ['letter-full'])).toHaveLength(1);
    const error = await failure(run(noAddress, folder, ['email'], true));
    expect(error.message).toContain('no response email address');
  });
});

describe('replacing earlier exports', () => {
  it('keeps the earlier letter when a folder stands where the email must go', async () => {
    const folder = await tempFolder();
    await run(confidentialDraft(), folder, ['letter-full']);
    const letterPath = join(folder, exportFileName(confidentialDraft(), 'letter-full'));
    const before = await readFile(letterPath);
    // Refused before any file is moved: export-rollback.test.ts fails a later rename instead.
    await mkdir(join(folder, exportFileName(confidentialDraft(), 'email')));
    const error = await failure(run(confidentialDraft(), folder, ['email'], true));
    expect(error.code).toBe('export-failed');
    expect(await readFile(letterPath)).toEqual(before);
    expect((await readdir(folder)).sort()).toEqual([exportFileName(confidentialDraft(), 'letter-full'), exportFileName(confidentialDraft(), 'email')].sort());
  });
});
