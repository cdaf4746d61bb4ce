/* global process, console */
// npm run test:mutation [group ...]: runs StrykerJS on each named group of
// stryker.config.mjs (all groups when none is named), one after another, with
// that group's own tests, and keeps each group's JSON report as
// reports/mutation/<group>.json for scripts/mutation-summary.mjs.
// `group=path[,path]` mutates only those of the group's modules (with all its
// tests), for a module re-run when the whole group would take too long; its
// report is reports/mutation/<group>=<module names>.json, with its own incremental file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { MUTATION_GROUPS } from '../stryker.config.mjs';

const requests = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(MUTATION_GROUPS)).map((request) => {
  const [name, only] = request.split('=');
  return { name, only: only === undefined ? null : only.split(',') };
});
const unknown = requests.filter(({ name }) => !(name in MUTATION_GROUPS)).map(({ name }) => name);
if (unknown.length > 0) {
  console.error(`No mutation group called ${unknown.join(', ')}. Groups: ${Object.keys(MUTATION_GROUPS).join(', ')}`);
  process.exit(2);
}
const strangers = requests.flatMap(({ name, only }) => (only ?? []).filter((path) => !MUTATION_GROUPS[name].mutate.includes(path)).map((path) => `${name}=${path}`));
if (strangers.length > 0) {
  console.error(`Not a module of its group: ${strangers.join(', ')}`);
  process.exit(2);
}
mkdirSync('reports/mutation', { recursive: true });
let failed = false;
for (const { name, only } of requests) {
  const { mutate: all, tests } = MUTATION_GROUPS[name];
  const mutate = only ?? all;
  const label = only === null ? name : `${name}=${only.map((path) => basename(path, '.ts')).join(',')}`;
  console.log(`\n== Mutation group ${label}: ${mutate.join(', ')}`);
  const args = ['stryker', 'run', '--mutate', mutate.join(','), '--testFiles', tests.join(','), '--incrementalFile', `reports/mutation/${label}-incremental.json`];
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) {
    failed = true;
    continue;
  }
  copyFileSync('reports/mutation/mutation.json', `reports/mutation/${label}.json`);
}
process.exit(failed ? 1 : 0);
