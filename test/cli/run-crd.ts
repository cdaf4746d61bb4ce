import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

const CRD = resolve(import.meta.dirname, '../../scripts/crd.mjs');

export interface CrdRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `crd` in a child process, as a script or a user would; `onStart` is given its process id. */
export function runCrd(args: readonly string[], cwd: string, onStart?: (pid: number) => void): Promise<CrdRun> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [CRD, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
      done({ code, stdout, stderr });
    });
    if (child.pid !== undefined) onStart?.(child.pid);
  });
}
