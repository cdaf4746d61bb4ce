import type { StepProgress } from '../../../shared/work-progress';
import { FromWorkerSchema, type FromWorker, type WorkerJob } from './protocol';
import type { WorkerExit, WorkerLauncher, WorkerProcess } from './worker-process';

/** Why a job's worker was stopped before it answered. */
export type StopReason = 'time-out' | 'memory' | 'crashed' | 'cancelled';

export class WorkerStopped extends Error {
  constructor(
    readonly reason: StopReason,
    detail: string,
  ) {
    super(`The worker was stopped (${reason}): ${detail}`);
    this.name = 'WorkerStopped';
  }
}

/** A job that failed inside the worker, with the words it gave (an ImportError or AppError there). */
export class WorkerJobFailed extends Error {
  constructor(
    readonly failedAs: 'ImportError' | 'AppError' | 'Error',
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkerJobFailed';
  }
}

export interface IsolatedWorkerOptions {
  launch: WorkerLauncher;
  /** A worker whose resident memory passes this is killed; 768 MB unless given. */
  memoryCapBytes?: number;
  /** How often a running job's memory is read, in ms. */
  memoryPollMs?: number;
  /** Idle workers kept started, so a job need not wait for one to start. */
  warmWorkers?: number;
  /** Most workers at once; more jobs wait for one to be free. */
  maxWorkers?: number;
  /** After a job, a worker holding more than this is replaced rather than reused; three quarters of the cap unless given. */
  recycleAboveBytes?: number;
}

export interface RunOptions {
  /** The job, including starting a worker, is stopped after this long. */
  timeoutMs: number;
  signal?: AbortSignal;
  onProgress?: (progress: StepProgress) => void;
}

export interface IsolatedWorker {
  run(job: WorkerJob, options: RunOptions): Promise<unknown>;
  /** Starts a worker now (when the app is idle), so the first job finds one ready; resolves once it is. */
  prewarm(): Promise<void>;
  /** Stops every worker. */
  close(): Promise<void>;
}

export const DEFAULT_MEMORY_CAP_BYTES = 512 * 1024 * 1024;
/** A worker that has not started after this long (a machine under heavy load) is given up on. */
const WORKER_START_TIMEOUT_MS = 120_000;

interface Slot {
  process: WorkerProcess;
  ready: Promise<void>;
  exited: Promise<WorkerExit>;
  busy: boolean;
  dead: boolean;
  /** The running job's handler for the worker's messages. */
  listener: ((message: FromWorker) => void) | null;
}

const HEAP_EXHAUSTED = /heap out of memory|Reached heap limit|Allocation failed|ERR_BUFFER_TOO_LARGE|Array buffer allocation failed/i;

/**
 * Runs jobs in worker processes with a time limit, a memory cap (resident
 * memory, read from outside, since V8's heap limit does not count ArrayBuffers)
 * and cancellation; each of these kills the worker outright, and the next job
 * gets a fresh one. A crash is reported the same way; the caller's process
 * carries on.
 */
export function createIsolatedWorker(options: IsolatedWorkerOptions): IsolatedWorker {
  const memoryCap = options.memoryCapBytes ?? DEFAULT_MEMORY_CAP_BYTES;
  const pollMs = options.memoryPollMs ?? 50;
  const warm = options.warmWorkers ?? 1;
  const maxWorkers = Math.max(1, options.maxWorkers ?? 2);
  // A worker keeps what V8 grew its heap to (~260 MB after a few exports of the large case); replacing it at half
  // the cap made every few exports wait for a new worker. Above three quarters, something else is holding memory.
  const recycleAbove = options.recycleAboveBytes ?? memoryCap * 0.75;
  const slots = new Set<Slot>();
  const waiting: Array<(slot: Slot) => void> = [];
  let nextJobId = 1;
  let closed = false;

  /** `practise` for a worker started ahead of need; a job waiting for one should not wait for its practice too. */
  function start(practise: boolean): Slot {
    const process = options.launch({ practise });
    const exited = new Promise<WorkerExit>((resolve) => process.onExit(resolve));
    let markReady: () => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      void exited.then((exit) => reject(new WorkerStopped('crashed', `the worker ended before it was ready (${exit.code ?? exit.signal}) ${exit.detail}`)));
    });
    ready.catch(() => {});
    const slot: Slot = { process, ready, exited, busy: false, dead: false, listener: null };
    process.onMessage((raw) => {
      const parsed = FromWorkerSchema.safeParse(raw);
      if (!parsed.success) return;
      if (parsed.data.type === 'ready') markReady();
      else slot.listener?.(parsed.data);
    });
    void exited.then(() => {
      slot.dead = true;
      slots.delete(slot);
    });
    slots.add(slot);
    return slot;
  }

  function idleSlot(): Slot | undefined {
    return [...slots].find((slot) => !slot.busy && !slot.dead);
  }

  function keepWarm(): void {
    if (closed) return;
    const idle = [...slots].filter((slot) => !slot.busy && !slot.dead).length;
    for (let count = idle; count < warm && slots.size < maxWorkers; count += 1) start(true);
  }

  function acquire(): Promise<Slot> {
    const slot = idleSlot() ?? (slots.size < maxWorkers ? start(false) : undefined);
    if (slot) {
      slot.busy = true;
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  async function release(slot: Slot, healthy: boolean): Promise<void> {
    slot.listener = null;
    if (healthy && !slot.dead) {
      const resident = await slot.process.residentBytes();
      if (resident !== null && resident > recycleAbove) healthy = false;
    }
    if (!healthy || slot.dead || closed) {
      slot.dead = true;
      slot.process.kill();
      slots.delete(slot);
    } else {
      slot.busy = false;
    }
    const next = waiting.shift();
    if (next) {
      const free = idleSlot() ?? (slots.size < maxWorkers ? start(false) : undefined);
      if (free) {
        free.busy = true;
        next(free);
      } else waiting.unshift(next);
    }
    keepWarm();
  }

  async function run(job: WorkerJob, runOptions: RunOptions): Promise<unknown> {
    if (closed) throw new WorkerStopped('cancelled', 'the worker was closed');
    if (runOptions.signal?.aborted) throw new WorkerStopped('cancelled', 'cancelled before it started');
    const slot = await acquire();
    const jobId = nextJobId++;
    let stopReason: StopReason | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let poll: ReturnType<typeof setInterval> | undefined;
    const stop = (reason: StopReason): void => {
      if (stopReason !== null || slot.dead) return;
      stopReason = reason;
      slot.dead = true;
      slot.process.kill();
    };
    const onAbort = (): void => stop('cancelled');
    try {
      return await new Promise<unknown>((resolve, reject) => {
        // Starting a worker is the app's own cost, not the file's: the job's clock starts once it is handed over.
        timer = setTimeout(() => stop('time-out'), WORKER_START_TIMEOUT_MS);
        runOptions.signal?.addEventListener('abort', onAbort, { once: true });
        poll = setInterval(() => {
          void slot.process.residentBytes().then((resident) => {
            if (resident !== null && resident > memoryCap) stop('memory');
          });
        }, pollMs);
        void slot.exited.then((exit) => {
          const reason: StopReason = stopReason ?? (HEAP_EXHAUSTED.test(exit.detail) ? 'memory' : 'crashed');
          reject(new WorkerStopped(reason, `exit ${exit.code ?? exit.signal}; ${exit.detail.slice(-500)}`));
        });
        slot.listener = (message) => {
          if (!('jobId' in message) || message.jobId !== jobId) return;
          if (message.type === 'progress') runOptions.onProgress?.(message.progress);
          else if (message.type === 'done') resolve(message.value);
          else if (message.type === 'failed') reject(new WorkerJobFailed(message.error.name, message.error.code, message.error.message));
        };
        slot.ready.then(
          () => {
            clearTimeout(timer);
            timer = setTimeout(() => stop('time-out'), runOptions.timeoutMs);
            slot.process.send({ type: 'run', jobId, job });
          },
          () => {},
        );
      });
    } finally {
      clearTimeout(timer);
      clearInterval(poll);
      runOptions.signal?.removeEventListener('abort', onAbort);
      void release(slot, stopReason === null);
    }
  }

  return {
    run,
    async prewarm() {
      keepWarm();
      await Promise.all([...slots].filter((slot) => !slot.busy).map((slot) => slot.ready.catch(() => {})));
    },
    async close() {
      closed = true;
      const ending = [...slots].map((slot) => {
        slot.dead = true;
        slot.process.kill();
        return slot.exited;
      });
      slots.clear();
      await Promise.all(ending);
    },
  };
}
