import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { residentBytesOf } from './process-memory';
import { PRACTISE_ARGUMENT, type ToWorker } from './protocol';

export interface WorkerExit {
  code: number | null;
  signal: string | null;
  /** The end of what the process wrote to stderr (how V8 says it ran out of heap). */
  detail: string;
}

/** One worker process, however it was started (utilityProcess in the app, child_process.fork under Node). */
export interface WorkerProcess {
  readonly pid: number | undefined;
  send(message: ToWorker): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process has ended, however it ended. */
  onExit(listener: (exit: WorkerExit) => void): void;
  kill(): void;
  /** Resident memory in bytes, or null when it cannot be read. */
  residentBytes(): Promise<number | null>;
}

export interface LaunchOptions {
  /**
   * Whether the worker runs the practice export (practice-run.ts) before it says it is ready: for a worker started
   * ahead of need while the app is idle, never for one a job is waiting for, which would wait a second longer.
   */
  practise: boolean;
}

export type WorkerLauncher = (options: LaunchOptions) => WorkerProcess;

/** The heap V8 may use in the worker; its resident memory is capped separately (see isolated-worker.ts). */
export const WORKER_HEAP_MB = 384;

/**
 * V8's flags for a worker with `heapMb` of old space. Rendering a letter makes millions of short-lived objects
 * (docx's tree of every run and attribute); with V8's default young generation (16 MB semi-spaces) over half the
 * export's CPU went on scavenges. 64 MB semi-spaces halve an export's CPU time for ~30 MB more resident memory
 * (measured on the large case: ~560 → ~270 ms CPU warm, peak RSS 183 → 210 MB).
 */
export function workerV8Flags(heapMb: number = WORKER_HEAP_MB): string[] {
  return [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=64'];
}

export interface ForkWorkerOptions {
  /** The worker's entry: a built .js file, or worker-entry.ts (then run through tsx). Defaults to the one beside this file. */
  script?: string;
  heapMb?: number;
}

/** worker-entry.js when this module was built, else worker-entry.ts run through tsx (tests, the command line from source). */
export function defaultWorkerScript(): string {
  const built = join(import.meta.dirname, 'worker-entry.js');
  return existsSync(built) ? built : join(import.meta.dirname, 'worker-entry.ts');
}

function typeScriptLoader(script: string): string[] {
  if (!script.endsWith('.ts')) return [];
  return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

const STDERR_TAIL = 4096;

function collectStderrTail(child: ChildProcess): () => string {
  let tail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-STDERR_TAIL);
  });
  return () => tail;
}

/** Starts workers with child_process.fork: for tests, the benchmark and the command line. */
export function forkWorkerLauncher(options: ForkWorkerOptions = {}): WorkerLauncher {
  const script = options.script ?? defaultWorkerScript();
  const heapMb = options.heapMb ?? WORKER_HEAP_MB;
  return ({ practise }) => {
    // From source (tests), a worker never practises: through tsx the practice takes seconds and proves nothing.
    const child = fork(script, practise && !script.endsWith('.ts') ? [PRACTISE_ARGUMENT] : [], {
      execArgv: [...typeScriptLoader(script), ...workerV8Flags(heapMb)],
      // Structured clone, so file bytes cross as bytes rather than JSON.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const stderrTail = collectStderrTail(child);
    const exited = new Promise<WorkerExit>((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal, detail: stderrTail() }));
      // A process that could not start reports only an error.
      child.once('error', (error) => {
        if (child.exitCode === null && child.signalCode === null && child.pid === undefined) resolve({ code: null, signal: null, detail: error.message });
      });
    });
    // An idle worker must not keep a command line from ending; a running job's timers keep it alive.
    child.unref();
    child.channel?.unref();
    // The stderr pipe is a socket of its own, which would otherwise keep the caller running for as long as the worker.
    (child.stderr as Socket | null)?.unref();
    return {
      pid: child.pid,
      send: (message) => {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void exited.then(listener),
      kill: () => {
        // Whoever kills a worker may wait for it to end (close() does): until it has, it counts as work again.
        child.ref();
        child.kill('SIGKILL');
      },
      residentBytes: async () => (child.pid === undefined ? null : residentBytesOf(child.pid)),
    };
  };
}
