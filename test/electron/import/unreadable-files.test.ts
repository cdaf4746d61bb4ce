import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import { ImportError } from '../../../shared/import/import-result';

/**
 * Files the disk refuses to hand over: on a network share without permission, locked by
 * another program (Windows says EPERM or EBUSY), or a failing disk. These cannot be made for
 * real as root here, so the refusal is injected into node:fs/promises for one named file (on
 * opening it, or on reading it once open); everything else is the real file system.
 */
const refusing = vi.hoisted(() => ({ path: '', step: 'read' as 'open' | 'read', error: null as Error | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof real.open>): ReturnType<typeof real.open> => {
    const refused = refusing.error !== null && String(args[0]) === refusing.path ? refusing.error : null;
    if (refused && refusing.step === 'open') throw refused;
    const handle = await real.open(...args);
    if (!refused) return handle;
    // The file opens, then the disk fails part way through reading it.
    return new Proxy(handle, {
      get: (target, key) => {
        if (key === 'read') return () => Promise.reject(refused);
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return { ...real, open };
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

function refuse(step: 'open' | 'read', error: Error): void {
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
    refuse('read', systemError('EACCES'));
    expect(await messageFor()).toBe(PERMISSION);
    refuse('read', systemError('EPERM'));
    expect(await messageFor()).toBe(PERMISSION);
  });

  it('the folder of a share may not be looked into, or another program holds the file: no permission, found on opening', async () => {
    refuse('open', systemError('EACCES'));
    expect(await messageFor()).toBe(PERMISSION);
    refuse('open', systemError('EPERM'));
    expect(await messageFor()).toBe(PERMISSION);
  });

  it('a failing disk or share (EIO), or an error without a code: could not be read from the disk', async () => {
    refuse('read', systemError('EIO'));
    expect(await messageFor()).toBe(DISK);
    refuse('read', new Error('the share went away'));
    expect(await messageFor()).toBe(DISK);
  });

  it.skipIf(process.platform === 'win32')('a pipe given as the file is refused at once, not waited on for ever', async () => {
    await rm(path);
    execFileSync('mkfifo', [path]);
    expect(await messageFor()).toBe('"Consultation.txt" could not be opened: it is not an ordinary file (a pipe or a device). Choose the file again, or copy it to your computer first.');
  });

  it('the control: the same file, handed over, is imported', async () => {
    const { consultation } = await createConsultationImporter().readPath(path);
    expect(consultation.questions.map((question) => question.text)).toEqual(['Do you agree with the proposal?']);
  });
});
