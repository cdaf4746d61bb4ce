/* global process, console */
// npm run test:mutation [group ...]: runs StrykerJS on each named group of
// stryker.config.mjs (all groups when none is named), one after another, with
// that group's own tests, and keeps each group's JSON report as
// reports/mutation/<group>.json for scripts/mutation-summary.mjs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { MUTATION_GROUPS } from '../stryker.config.mjs';

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(MUTATION_GROUPS);
const unknown = names.filter((name) => !(name in MUTATION_GROUPS));
if (unknown.length > 0) {
  console.error(`No mutation group called ${unknown.join(', ')}. Groups: ${Object.keys(MUTATION_GROUPS).join(', ')}`);
  process.exit(2);
}
mkdirSync('reports/mutation', { recursive: true });
let failed = false;
for (const name of names) {
  const { mutate, tests } = MUTATION_GROUPS[name];
  console.log(`\n== Mutation group ${name}: ${mutate.join(', ')}`);
  const args = ['stryker', 'run', '--mutate', mutate.join(','), '--testFiles', tests.join(','), '--incrementalFile', `reports/mutation/${name}-incremental.json`];
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) {
    failed = true;
    continue;
  }
  copyFileSync('reports/mutation/mutation.json', `reports/mutation/${name}.json`);
}
process.exit(failed ? 1 : 0);
