import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import { ImportError } from '../../../shared/import/import-result';

/**
 * Files the disk refuses to hand over: on a network share without permission, locked by
 * another program (Windows says EPERM or EBUSY), or a failing disk. These cannot be made for
 * real as root here, so the refusal is injected into node:fs/promises for one named file;
 * everything else is the real file system.
 */
const refusing = vi.hoisted(() => ({ path: '', step: 'readFile' as 'stat' | 'readFile', error: null as Error | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const refused =
    <A extends unknown[], R>(step: 'stat' | 'readFile', look: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      refusing.error !== null && refusing.step === step && String(args[0]) === refusing.path ? Promise.reject(refusing.error) : look(...args);
  return { ...real, readFile: refused('readFile', real.readFile), stat: refused('stat', real.stat) };
});

let folder: string;
let path: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-unreadable-'));
  path = join(folder, 'Consultation.txt');
  await writeFile(path, 'Q1 Do you agree with the proposal?\n');
});

afterEach(async () => {
  refusing.error = null;
  await rm(folder, { recursive: true, force: true });
});

function refuse(step: 'stat' | 'readFile', error: Error): void {
  Object.assign(refusing, { path, step, error });
}

const systemError = (code: string) => Object.assign(new Error(`${code}: refused`), { code });

async function messageFor(): Promise<string> {
  const error = await createConsultationImporter().readPath(path).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe('corrupt');
  return (error as ImportError).message;
}

const PERMISSION = '"Consultation.txt" could not be opened: you do not have permission to open it. Choose the file again, or copy it to your computer first.';
const DISK = '"Consultation.txt" could not be opened: it could not be read from the disk. Choose the file again, or copy it to your computer first.';

describe('a file the disk will not hand over says why', () => {
  it('the file may not be read (EACCES), or another program holds it (EPERM): no permission', async () => {
    refuse('readFile', systemError('EACCES'));
    expect(await messageFor()).toBe(PERMISSION);
    refuse('readFile', systemError('EPERM'));
    expect(await messageFor()).toBe(PERMISSION);
  });

  it('the folder of a share may not be looked into: no permission, found before reading', async () => {
    refuse('stat', systemError('EACCES'));
    expect(await messageFor()).toBe(PERMISSION);
  });

  it('a failing disk or share (EIO), or an error without a code: could not be read from the disk', async () => {
    refuse('readFile', systemError('EIO'));
    expect(await messageFor()).toBe(DISK);
    refuse('readFile', new Error('the share went away'));
    expect(await messageFor()).toBe(DISK);
  });

  it('the control: the same file, handed over, is imported', async () => {
    const { consultation } = await createConsultationImporter().readPath(path);
    expect(consultation.questions.map((question) => question.text)).toEqual(['Do you agree with the proposal?']);
  });
});
