import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../../renderer/src/app';
import { createAppStore } from '../../renderer/src/state/app-store';
import { StoreProvider } from '../../renderer/src/state/store-context';
import { FIRST_ROWS } from '../../renderer/src/screens/library/first-rows';
import type { DrafterApi } from '../../shared/ipc';
import { createTestServices } from '../support/test-services';
import { inProcessApi } from '../support/in-process-api';
import { writeManyDrafts } from '../support/many-drafts';
import { SAMPLE_NOW } from '../support/sample-draft';

let folder: string | null = null;

afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  folder = null;
});

/**
 * The app on the library screen over real services, with every call the window makes counted by channel.
 * `slowSettings`: the settings answer takes that long, as when the main process is busy at start.
 */
async function openLibrary(drafts: number, slowSettings = 0): Promise<{ calls: Map<string, number> }> {
  folder = await mkdtemp(join(tmpdir(), 'crd-library-load-'));
  await writeManyDrafts(folder, drafts);
  const { api } = inProcessApi(createTestServices({ libraryFolder: folder, clock: () => SAMPLE_NOW }));
  const calls = new Map<string, number>();
  const counted = Object.fromEntries(
    Object.entries(api as unknown as Record<string, (...args: unknown[]) => unknown>).map(([name, call]) => [
      name,
      name === 'subscribe'
        ? call
        : (...args: unknown[]) => {
            calls.set(name, (calls.get(name) ?? 0) + 1);
            if (name === 'settings:get' && slowSettings > 0) return new Promise((done) => setTimeout(done, slowSettings)).then(() => call(...args));
            return call(...args);
          },
    ]),
  ) as unknown as DrafterApi;
  const store = createAppStore({ api: counted, clock: () => SAMPLE_NOW, autosaveDelayMs: 20 }, { screen: 'library' });
  window.location.hash = '';
  render(
    <StoreProvider store={store} clock={() => SAMPLE_NOW}>
      <App />
    </StoreProvider>,
  );
  return { calls };
}

function boardRows(): HTMLElement[] {
  const table = screen.getByRole('table', { busy: false });
  return within(table).getAllByRole('row').slice(1);
}

describe('opening a large library', () => {
  it(`lists every draft, however many more than the first ${FIRST_ROWS} there are`, async () => {
    await openLibrary(FIRST_ROWS + 25);
    await waitFor(() => expect(boardRows()).toHaveLength(FIRST_ROWS + 25), { timeout: 5000 });
    // Every draft once: the rows put in later are not repeats of the first ones.
    const names = boardRows().map((row) => within(row).getAllByRole('button')[0]!.textContent);
    expect(new Set(names).size).toBe(FIRST_ROWS + 25);
  });

  it('asks for the settings once, though every deadline on the screen needs them', async () => {
    const { calls } = await openLibrary(5, 300);
    await waitFor(() => expect(boardRows()).toHaveLength(5));
    await screen.findByText(/England and Wales bank holidays excluded/);
    expect(calls.get('settings:get')).toBe(1);
    expect(calls.get('library:list')).toBe(1);
  });
});
