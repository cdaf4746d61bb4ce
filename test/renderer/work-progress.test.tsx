import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createIsolatedWorker, type IsolatedWorker } from '../../electron/services/worker/isolated-worker';
import { forkWorkerLauncher } from '../../electron/services/worker/worker-process';
import { renderApp, type RenderedApp } from './support/render-app';

// A stand-in worker process whose import of a file called "slow" reports a step every 20 ms and never ends.
const SLOW_WORKER = join(import.meta.dirname, '../electron/worker/misbehaving-worker.mjs');

let app: RenderedApp | null = null;
let worker: IsolatedWorker | null = null;

afterEach(async () => {
  await app?.cleanup();
  await worker?.close();
  app = null;
  worker = null;
});

describe('a long import', () => {
  it('shows its progress as the worker reports it, and Cancel stops it without an error message', async () => {
    worker = createIsolatedWorker({ launch: forkWorkerLauncher({ script: SLOW_WORKER }), warmWorkers: 0 });
    app = await renderApp({ screen: 'library' }, { worker });
    const user = userEvent.setup();
    const importing = app.store.getState().importFile(new File(['Q1 Do you agree?'], 'slow'));

    const bar = await screen.findByRole('progressbar', { name: /^Step \d+$/ }, { timeout: 20_000 });
    expect(Number(bar.getAttribute('max'))).toBe(100);
    await waitFor(() => expect(Number(screen.getByRole('progressbar').getAttribute('value'))).toBeGreaterThan(2), { timeout: 10_000 });

    await user.click(screen.getByRole('button', { name: 'Cancel import' }));
    await importing;
    expect(app.store.getState().importing).toBe(false);
    expect(app.store.getState().importError).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Import consultation…' })).toBeTruthy();
  }, 60_000);
});
