import { defineConfig } from 'vitest/config';

/** Fault-injection tests (npm run test:faults): processes killed mid-save, failing writes, vanishing export folders, hostile files. */
export default defineConfig({
  test: {
    name: 'faults',
    environment: 'node',
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // The kill test keeps both cores busy; the other files wait for it rather than skew its timing.
    fileParallelism: false,
  },
});
