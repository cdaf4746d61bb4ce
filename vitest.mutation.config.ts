import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant (npm run test:mutation): the
 * Node unit tests, without those that build the app or wait on LibreOffice,
 * which cover nothing the mutated modules do that faster tests do not.
 */
export default defineConfig({
  test: {
    name: 'mutation',
    environment: 'node',
    include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts'],
    exclude: ['test/electron/export/libreoffice.test.ts', 'test/electron/security-gate/built-app.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
