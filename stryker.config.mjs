/**
 * Mutation testing (npm run test:mutation): StrykerJS plants small defects in
 * the modules where a slip hurts users most and checks that a test fails for
 * each. Reports go to reports/mutation/ (gitignored); test/mutation/REPORT.md
 * records the scores and every surviving mutant. scripts/mutation.mjs runs
 * one group at a time, with the tests written for it, which is what two
 * cores can manage.
 */
export const MUTATION_GROUPS = {
  confidentiality: {
    mutate: ['shared/letter/confidentiality.ts'],
    // Every letter and email test: marked-parts-letter.test.ts holds the statements for marked passages.
    tests: ['test/shared/letter/*.test.ts', 'test/shared/email/*.test.ts'],
  },
  composition: {
    mutate: ['shared/letter/compose-letter.ts', 'shared/email/compose-email.ts'],
    // build-eml.test.ts reads the composed email back from the .eml bytes.
    tests: ['test/shared/letter/*.test.ts', 'test/shared/email/*.test.ts', 'test/electron/export/build-eml.test.ts'],
  },
  draftStore: {
    // json-pieces.ts and content-hash.ts: the draft file's text and its hash, made in one pass (session 8).
    mutate: ['electron/services/draft-library.ts', 'electron/services/atomic-file.ts', 'electron/services/json-pieces.ts', 'electron/services/sync/content-hash.ts'],
    tests: ['test/electron/library/*.test.ts'],
  },
  // The shared-draft half of the draft store (electron/services/sync/): each process's update log, the merged
  // rewrite of the .crdraft, outside edits. Its own group: draftStore alone is the largest.
  sharedDrafts: {
    // text-edits.ts: how a save's text becomes edits to the shared answer (added 2 December; not yet run).
    mutate: ['electron/services/sync/shared-draft.ts', 'electron/services/sync/update-log.ts', 'electron/services/sync/writer.ts', 'shared/sync/text-edits.ts'],
    // writer-name.test.ts: how colleagues see this person (writer.ts).
    tests: [
      'test/electron/library/shared-draft.test.ts',
      'test/electron/library/draft-library.test.ts',
      'test/electron/library/writer-name.test.ts',
      'test/electron/library/writer-id.test.ts',
      // The changes folder itself: folding logs and ended sessions, a log caught mid-write, two first openers.
      'test/electron/library/shared-draft-files.test.ts',
      // Versions handed to a window, outside edits, a colleague's folded log.
      'test/electron/library/shared-draft-versions.test.ts',
      // Three people saving, looking and restarting in random turns; outside edits in a text editor.
      'test/electron/library/shared-draft-model.test.ts',
      // The timeline names the profile's person; a colleague's change brings the file up to date.
      'test/electron/library/library-saves.test.ts',
      // A file saved without the app's mark after colleagues saved; another user's session on this machine.
      'test/electron/library/shared-draft-unmarked-edit.test.ts',
      'test/electron/library/shared-draft-other-user.test.ts',
      // A version handed out after a look that took in a colleague's save holds that save.
      'test/electron/library/shared-draft-version-after-look.test.ts',
      // A colleague elsewhere with an old base and a log saved today is not folded away.
      'test/electron/library/shared-draft-active-colleague.test.ts',
      // The second of two first openers waits for the origin to be whole.
      'test/electron/library/shared-draft-second-opener.test.ts',
      // A colleague's saves within one tick of a coarse drive clock; a log folded and grown to the length last read.
      'test/electron/library/shared-draft-coarse-times.test.ts',
      // A file rewritten without the mark but holding the merged draft is no outside edit.
      // Two colleagues folding the same ended sessions at once: the second finds the files gone, and still saves.
      'test/electron/library/shared-draft-fold-race.test.ts',
      // A changes folder holding nothing the app can read: the draft opens as its file holds it.
      'test/electron/library/damaged-files.test.ts',
      // What a look reads (only what changed since the last one) and how often the whole draft is encoded.
      'test/electron/library/shared-draft-reading.test.ts',
      'test/electron/library/shared-draft-encoding.test.ts',
      // Ended sessions on a machine named like Windows names it ("DESKTOP-4F7K2QJ", with a hyphen) are folded away.
      'test/electron/library/shared-draft-windows-machine.test.ts',
      // A save that changes nothing writes nothing; a look at the app's own file hashes nothing.
      'test/electron/library/shared-draft-idle-saves.test.ts',
      // Three people writing the same answer (text-edits.ts); test/shared/sync/ holds text-edits.test.ts.
      'test/electron/library/shared-answer-model.test.ts',
      'test/shared/sync/*.test.ts',
    ],
  },
  exportTransaction: {
    mutate: ['electron/services/export/atomic-files.ts'],
    tests: ['test/electron/export/draft-exporter.test.ts', 'test/electron/export/export-rollback.test.ts'],
  },
  // The review rules, the merge of a save with what the main process owns, and the lock that sign-off,
  // reopening and sending are taken under (file-lock.ts).
  workflow: {
    mutate: ['shared/workflow.ts', 'shared/save-merge.ts', 'electron/services/sync/file-lock.ts'],
    tests: ['test/shared/workflow/*.test.ts', 'test/electron/workflow/*.test.ts', 'test/electron/library/draft-library.test.ts', 'test/electron/library/shared-draft.test.ts'],
  },
  deadlines: {
    mutate: ['shared/deadline.ts', 'shared/working-days.ts'],
    // deadline-repeat.test.ts covers the remembered deadlines, bank-holiday-table.test.ts the table read.
    tests: [
      'test/shared/deadline.test.ts',
      'test/shared/deadline-repeat.test.ts',
      'test/shared/deadline-board.test.ts',
      'test/shared/uk-calendar-day.test.ts',
      'test/shared/working-days.test.ts',
      'test/shared/bank-holiday-table.test.ts',
    ],
  },
  guards: {
    mutate: ['electron/trusted-sender.ts', 'electron/security.ts', 'electron/ipc.ts'],
    tests: [
      'test/electron/shell/security.test.ts',
      'test/electron/shell/trusted-sender.test.ts',
      'test/electron/shell/ipc-registration.test.ts',
      'test/electron/security-gate/ipc-sender.test.ts',
      'test/electron/security-gate/window-and-navigation.test.ts',
      // main.ts itself, started under a stand-in for Electron: which hooks it installs, whom it trusts.
      'test/electron/security-gate/main-process.test.ts',
      // The IPC observer (a trusted call opening a file refreshes Open recent).
      'test/electron/desktop/recent-files-menu.test.ts',
    ],
  },
  importLimits: {
    mutate: ['electron/services/import/zip-guard.ts', 'electron/services/import/importer.ts'],
    // docx-title-property.test.ts reads a Word document's own title; fixtures-import.test.ts real .docx and .pdf files.
    // zip-budget.test.ts and the worker tests read in a child process, where Stryker's mutants are not active.
    tests: [
      'test/electron/import/zip-guard.test.ts',
      'test/electron/import/import-limits.test.ts',
      'test/electron/import/bad-input.test.ts',
      'test/electron/import/docx-title-property.test.ts',
      'test/electron/import/fixtures-import.test.ts',
      // What the progress bar says (also checked through the worker, where mutants are not active).
      'test/electron/import/import-progress.test.ts',
      // Permission and disk errors, injected into node:fs/promises (root cannot meet them for real).
      'test/electron/import/unreadable-files.test.ts',
    ],
  },
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Each group names its own tests, so vitest need not work out which tests import the mutated file.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: Object.values(MUTATION_GROUPS).flatMap((group) => group.mutate),
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
  // The first run of the tests, on a busy two-core machine.
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 80, break: null },
};
