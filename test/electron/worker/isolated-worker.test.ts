import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIsolatedWorker, type IsolatedWorker, WorkerJobFailed, WorkerStopped } from '../../../electron/services/worker/isolated-worker';
import { forkWorkerLauncher } from '../../../electron/services/worker/worker-process';
import type { StepProgress } from '../../../shared/work-progress';

const SCRIPT = join(import.meta.dirname, 'misbehaving-worker.mjs');
let worker: IsolatedWorker;

function start(memoryCapBytes = 256 * 1024 * 1024, warmWorkers = 0): IsolatedWorker {
  worker = createIsolatedWorker({ launch: forkWorkerLauncher({ script: SCRIPT }), memoryCapBytes, warmWorkers });
  return worker;
}

function job(how: string) {
  return { kind: 'import-bytes' as const, fileName: how, bytes: new Uint8Array([1, 2, 3]) };
}

async function stopReason(running: Promise<unknown>): Promise<string> {
  try {
    await running;
    return 'answered';
  } catch (error) {
    return error instanceof WorkerStopped ? error.reason : String(error);
  }
}

afterEach(async () => {
  await worker.close();
});

describe('heavy work in its own process', () => {
  it('answers with what the worker made, reporting its progress on the way', async () => {
    const progress: StepProgress[] = [];
    const value = (await start().run(job('answer'), { timeoutMs: 20_000, onProgress: (step) => progress.push(step) })) as { pid: number; bytes: number };
    expect(value.bytes).toBe(3);
    expect(value.pid).not.toBe(process.pid);
    expect(progress).toEqual([{ message: 'Halfway', done: 1, total: 2 }]);
  });

  it('kills a worker that runs past its time limit, and the next job gets a fresh one', async () => {
    start();
    expect(await stopReason(worker.run(job('hang'), { timeoutMs: 300 }))).toBe('time-out');
    const value = (await worker.run(job('answer'), { timeoutMs: 20_000 })) as { bytes: number };
    expect(value.bytes).toBe(3);
  });

  it('kills a worker whose memory passes the cap, though the memory is ArrayBuffers outside the heap limit', async () => {
    expect(await stopReason(start(200 * 1024 * 1024).run(job('grow'), { timeoutMs: 20_000 }))).toBe('memory');
  });

  it('reports a worker that crashed, and carries on', async () => {
    start();
    expect(await stopReason(worker.run(job('crash'), { timeoutMs: 20_000 }))).toBe('crashed');
    expect(((await worker.run(job('answer'), { timeoutMs: 20_000 })) as { bytes: number }).bytes).toBe(3);
  });

  it('stops the work when it is cancelled', async () => {
    const controller = new AbortController();
    const progress: StepProgress[] = [];
    const running = start().run(job('slow'), {
      timeoutMs: 20_000,
      signal: controller.signal,
      onProgress: (step) => {
        progress.push(step);
        if (step.done === 3) controller.abort();
      },
    });
    expect(await stopReason(running)).toBe('cancelled');
    expect(progress.map((step) => step.done)).toEqual([1, 2, 3]);
  });

  it('passes on a refusal from the worker with its own words', async () => {
    const failure = await start()
      .run(job('refuse'), { timeoutMs: 20_000 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerJobFailed);
    expect(failure).toMatchObject({ failedAs: 'ImportError', code: 'encrypted', message: 'It is protected with a password.' });
  });

  it('runs the practice export only in a worker started ahead of need, never in one a job is waiting for', async () => {
    const onDemand = (await start().run(job('answer'), { timeoutMs: 20_000 })) as { practised: boolean };
    expect(onDemand.practised).toBe(false);
    await worker.close();
    const ahead = start(256 * 1024 * 1024, 1);
    await ahead.prewarm();
    const prewarmed = (await ahead.run(job('answer'), { timeoutMs: 20_000 })) as { practised: boolean };
    expect(prewarmed.practised).toBe(true);
  });
});
