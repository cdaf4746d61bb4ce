import { render } from '@testing-library/react';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../../../renderer/src/app';
import { createAppStore, type AppStore } from '../../../renderer/src/state/app-store';
import { StoreProvider } from '../../../renderer/src/state/store-context';
import type { View } from '../../../renderer/src/state/store-types';
import { createTestServices, type TestServiceOptions, type TestServices } from '../../support/test-services';
import { inProcessApi, type InProcessApi } from '../../support/in-process-api';
import { SAMPLE_NOW } from '../../support/sample-draft';

export interface RenderedApp {
  store: AppStore;
  services: TestServices;
  libraryFolder: string;
  emit: InProcessApi['emit'];
  cleanup: () => Promise<void>;
}

/** The whole app over the real services and a temporary library, as the window would run it. */
export interface RenderAppOptions extends Pick<TestServiceOptions, 'worker' | 'clock'> {
  /** 20 ms unless given; a test that needs typing to stay unsaved until it says so gives a long one. */
  autosaveDelayMs?: number;
}

export async function renderApp(view: View = { screen: 'library' }, options: RenderAppOptions = {}): Promise<RenderedApp> {
  const libraryFolder = await mkdtemp(join(tmpdir(), 'crd-renderer-'));
  const clock = options.clock ?? (() => SAMPLE_NOW);
  // Progress goes to the window as the main process would send it.
  let emitProgress: InProcessApi['emit'] | null = null;
  const { autosaveDelayMs = 20, ...serviceOptions } = options;
  const services = createTestServices({ libraryFolder, clock, ...serviceOptions, reportProgress: (progress) => emitProgress?.('work:progress', progress) });
  const { api, emit } = inProcessApi(services);
  emitProgress = emit;
  const store = createAppStore({ api, clock, autosaveDelayMs }, view);
  window.location.hash = '';
  render(
    <StoreProvider store={store} clock={clock}>
      <App />
    </StoreProvider>,
  );
  const cleanup = async () => {
    // Let a pending autosave finish before its folder goes.
    await store.getState().flushSave();
    // A listing may still be writing its summary cache into the folder: rm retries on ENOTEMPTY.
    await rm(libraryFolder, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  };
  return { store, services, libraryFolder, emit, cleanup };
}
