import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createTestServices, type TestServiceOptions, type TestServices } from '../../support/test-services';
import { launchBrowser } from './browser';
import { createNodeWorker } from '../../../electron/services/worker/node-worker';
import { startTestServer, type RunningServer } from './test-server';

export interface AppUnderTest {
  libraryFolder: string;
  services: TestServices;
  server: RunningServer;
  browser: Browser;
  close: () => Promise<void>;
}

/** The built renderer served over real services on a fresh library folder, and a Chromium to drive it. */
export async function startAppUnderTest(options: Omit<TestServiceOptions, 'libraryFolder'> = {}): Promise<AppUnderTest> {
  const libraryFolder = await mkdtemp(join(tmpdir(), 'crd-e2e-library-'));
  // Imports and exports run in the app's own built worker (npm run test:e2e builds it first). The worker-entry.ts
  // fallback runs through tsx, whose compiled modules alone hold ~300 MB, and a large export then meets the memory cap.
  const builtWorker = resolve('out/main/worker-entry.js');
  if (!existsSync(builtWorker)) throw new Error(`${builtWorker} is missing: run the end-to-end tests with npm run test:e2e, which builds the app first.`);
  const worker = createNodeWorker(undefined, builtWorker);
  const services = createTestServices({ ...options, libraryFolder, worker });
  const server = await startTestServer(resolve('out/renderer'), services);
  const browser = await launchBrowser();
  return {
    libraryFolder,
    services,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await worker.close();
      await rm(libraryFolder, { recursive: true, force: true });
    },
  };
}
