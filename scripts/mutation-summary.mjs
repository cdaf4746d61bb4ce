/* global process, console */
// Prints, from StrykerJS JSON reports (reports/mutation/*.json), the mutation
// score per module and every surviving or uncovered mutant, as Markdown for
// test/mutation/REPORT.md. Usage: node scripts/mutation-summary.mjs [report.json ...]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = 'reports/mutation';
const reports = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(folder).filter((n) => n.endsWith('.json') && !n.includes('incremental') && n !== 'mutation.json').map((n) => join(folder, n));

const files = new Map();
for (const report of reports) {
  const { files: reported } = JSON.parse(readFileSync(report, 'utf8'));
  for (const [name, file] of Object.entries(reported)) files.set(name, file);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

console.log('| Module | Killed | Survived | No coverage | Score |');
console.log('|---|---:|---:|---:|---:|');
const survivors = [];
for (const [name, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const counted = file.mutants.filter((m) => COUNTED.has(m.status));
  const detected = counted.filter((m) => DETECTED.has(m.status)).length;
  const survived = counted.filter((m) => m.status === 'Survived');
  const uncovered = counted.filter((m) => m.status === 'NoCoverage');
  const score = counted.length === 0 ? 100 : (100 * detected) / counted.length;
  console.log(`| ${name} | ${detected} | ${survived.length} | ${uncovered.length} | ${score.toFixed(1)}% |`);
  const lines = file.source.split('\n');
  for (const m of [...survived, ...uncovered]) {
    const line = m.location.start.line;
    survivors.push(`- ${name}:${line} ${m.mutatorName} (${m.status}): \`${lines[line - 1].trim().slice(0, 90)}\` → \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60)}\``);
  }
}
console.log('\n### Surviving mutants\n');
console.log(survivors.join('\n'));
