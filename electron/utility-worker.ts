import type { ForkOptions } from 'electron';
import { workerV8Flags, type WorkerExit, type WorkerLauncher, type WorkerProcess } from './services/worker/worker-process';
import { PRACTISE_ARGUMENT, type ToWorker } from './services/worker/protocol';

/** The part of Electron's UtilityProcess used here, so the adapter can be tested under Node. */
export interface UtilityProcessLike {
  readonly pid: number | undefined;
  readonly stderr: NodeJS.ReadableStream | null;
  postMessage(message: unknown): void;
  kill(): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  on(event: 'error', listener: (type: string, location: string) => void): unknown;
}

export interface UtilityWorkerOptions {
  /** utilityProcess.fork */
  fork(modulePath: string, args: string[], options: ForkOptions): UtilityProcessLike;
  /** The built worker entry (out/main/worker-entry.js). */
  script: string;
  /** Resident memory of a process in bytes, from app.getAppMetrics(). */
  residentBytesOf(pid: number): number | null;
}

/** Starts workers as Electron utility processes; the same worker entry and protocol as child_process.fork. */
export function utilityWorkerLauncher(options: UtilityWorkerOptions): WorkerLauncher {
  return ({ practise }): WorkerProcess => {
    const child = options.fork(options.script, practise ? [PRACTISE_ARGUMENT] : [], {
      serviceName: 'Consultation Response Drafter import and export',
      execArgv: workerV8Flags(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let detail = '';
    child.stderr?.on('data', (chunk: Buffer | string) => {
      detail = (detail + String(chunk)).slice(-4096);
    });
    // V8's non-continuable errors (running out of heap) arrive here before the exit.
    child.on('error', (type, location) => {
      detail += `\n${type} (heap out of memory?) at ${location}`;
    });
    const exited = new Promise<WorkerExit>((resolve) => child.on('exit', (code) => resolve({ code, signal: null, detail })));
    return {
      get pid() {
        return child.pid;
      },
      send: (message: ToWorker) => child.postMessage(message),
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void exited.then(listener),
      kill: () => void child.kill(),
      residentBytes: async () => (child.pid === undefined ? null : options.residentBytesOf(child.pid)),
    };
  };
}

/** A process's working set from Electron's app metrics (kilobytes there), in bytes. */
export function residentBytesFromMetrics(metrics: ReadonlyArray<{ pid: number; memory: { workingSetSize: number } }>, pid: number): number | null {
  const found = metrics.find((metric) => metric.pid === pid);
  return found ? found.memory.workingSetSize * 1024 : null;
}
