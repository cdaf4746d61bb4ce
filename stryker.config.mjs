/**
 * Mutation testing (npm run test:mutation): StrykerJS plants small defects in
 * the modules where a slip hurts users most and checks that a test fails for
 * each. Reports go to reports/mutation/ (gitignored); test/mutation/REPORT.md
 * records the scores and every surviving mutant.
 *
 * On two cores run one group at a time, e.g.
 *   npm run test:mutation -- --mutate "shared/letter/confidentiality.ts"
 */
export const MUTATED_MODULES = {
  confidentiality: ['shared/letter/confidentiality.ts'],
  composition: ['shared/letter/compose-letter.ts', 'shared/email/compose-email.ts'],
  draftStore: ['electron/services/draft-library.ts', 'electron/services/atomic-file.ts'],
  exportTransaction: ['electron/services/export/atomic-files.ts'],
  workflow: ['shared/workflow.ts', 'shared/save-merge.ts'],
  deadlines: ['shared/deadline.ts', 'shared/working-days.ts'],
  guards: ['electron/trusted-sender.ts', 'electron/security.ts', 'electron/ipc.ts'],
  importLimits: ['electron/services/import/zip-guard.ts', 'electron/services/import/importer.ts'],
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: Object.values(MUTATED_MODULES).flat(),
  coverageAnalysis: 'perTest',
  concurrency: 1,
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 30_000,
  thresholds: { high: 90, low: 80, break: null },
};
