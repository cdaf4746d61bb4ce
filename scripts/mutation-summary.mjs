/* global process, console */
// Prints, from StrykerJS JSON reports (reports/mutation/*.json), the mutation
// score per module and every surviving or uncovered mutant (line:column), as Markdown for
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

/** The mutated source text itself (locations count lines from 1, columns from 1), on one line. */
function original(lines, start, end) {
  const text = lines.slice(start.line - 1, end.line).join('\n');
  const last = end.line - start.line;
  const trimmed = text.split('\n').map((line, i) => (i === last ? line.slice(0, end.column - 1) : line));
  trimmed[0] = trimmed[0].slice(start.column - 1);
  return trimmed.join(' ').replace(/\s+/g, ' ').trim();
}

const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

console.log('| Module | Killed | Timeout | Survived | No coverage | Score |');
console.log('|---|---:|---:|---:|---:|---:|');
const survivors = [];
for (const [name, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const counted = file.mutants.filter((m) => COUNTED.has(m.status));
  const detected = counted.filter((m) => DETECTED.has(m.status)).length;
  const timedOut = counted.filter((m) => m.status === 'Timeout').length;
  const survived = counted.filter((m) => m.status === 'Survived');
  const uncovered = counted.filter((m) => m.status === 'NoCoverage');
  const score = counted.length === 0 ? 100 : (100 * detected) / counted.length;
  console.log(`| ${name} | ${detected - timedOut} | ${timedOut} | ${survived.length} | ${uncovered.length} | ${score.toFixed(1)}% |`);
  const lines = file.source.split('\n');
  for (const m of [...survived, ...uncovered]) {
    const { start, end } = m.location;
    survivors.push(`- ${name}:${start.line}:${start.column} ${m.mutatorName} (${m.status}): \`${original(lines, start, end).slice(0, 90)}\` → \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60)}\``);
  }
}
console.log('\n### Surviving mutants\n');
console.log(survivors.join('\n'));
