// Security gate: runs electronegativity over the main process (electron/) and the
// page it loads (renderer/index.html, where the CSP is), and fails on any HIGH or
// MEDIUM finding not accepted, with a reason, in security/electronegativity-accepted.json.
//
// Run under npx so the pinned scanner is installed first (a failed download fails the step):
//   npx -y -p @doyensec/electronegativity@1.10.3 -c 'node scripts/check-electronegativity.mjs [--report out.csv]'
//
// The scanner is called through its programmatic API (the package's main export)
// rather than its CLI's -o report.csv: the CLI writes the CSV header and rows with
// two concurrent fs.writeFile calls, one truncating, so the file can lose rows
// and a gate reading it would pass on a report that is missing findings.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, sep } from 'node:path';
import console from 'node:console';
import process, { env } from 'node:process';

const root = join(import.meta.dirname, '..');
const ACCEPTED_FILE = join(root, 'security', 'electronegativity-accepted.json');
const GATED = new Set(['HIGH', 'MEDIUM']);
/** A file written to be flagged: if the scanner finds nothing in it, it is not really scanning. */
const CANARY = { file: '__canary__/canary.ts', check: 'NODE_INTEGRATION_JS_CHECK' };
const CANARY_SOURCE = `import { BrowserWindow } from 'electron';
export const win: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
`;

function fail(message) {
  console.error(`electronegativity gate: ${message}`);
  process.exit(1);
}

function loadScanner() {
  const path = env['PATH'] ?? '';
  const manifest = path
    .split(delimiter)
    .filter((dir) => dir.endsWith(join('node_modules', '.bin')))
    .map((dir) => join(dir, '..', '@doyensec', 'electronegativity', 'package.json'))
    .find((candidate) => existsSync(candidate));
  if (!manifest) fail("@doyensec/electronegativity is not installed; run this script with npx -p '@doyensec/electronegativity@1.10.3' -c '…'.");
  const require = createRequire(manifest);
  return { run: require('@doyensec/electronegativity'), version: require('@doyensec/electronegativity/package.json').version };
}

function electronVersion() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = manifest.devDependencies?.electron ?? manifest.dependencies?.electron;
  if (!declared) fail('package.json names no Electron version.');
  return String(declared).replace(/^[^\d]*/, '');
}

/** The scanned tree: the main process, the page with its CSP, and the canary. */
function stage() {
  const folder = mkdtempSync(join(tmpdir(), 'crd-electronegativity-'));
  cpSync(join(root, 'electron'), join(folder, 'electron'), { recursive: true });
  mkdirSync(join(folder, 'renderer'));
  cpSync(join(root, 'renderer', 'index.html'), join(folder, 'renderer', 'index.html'));
  mkdirSync(join(folder, '__canary__'));
  writeFileSync(join(folder, CANARY.file), CANARY_SOURCE);
  return folder;
}

function csvCell(value) {
  return `"${String(value ?? '').replace(/"/g, '""')}"`;
}

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report') >= 0 ? args[args.indexOf('--report') + 1] : null;

const { run, version } = loadScanner();
const accepted = JSON.parse(readFileSync(ACCEPTED_FILE, 'utf8')).accepted;
for (const entry of accepted) {
  if (!entry.check || !entry.file || !String(entry.reason ?? '').trim()) fail(`every accepted finding needs a check, a file and a reason: ${JSON.stringify(entry)}`);
}

const folder = stage();
let result;
try {
  result = await run(
    {
      input: folder,
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: false,
      isVerbose: true,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion(),
      parserPlugins: [],
    },
    false,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}

if (result.errors.length > 0) {
  fail(`the scanner could not read ${result.errors.length} file(s), so their findings are unknown:\n${result.errors.map((e) => `  ${relative(folder, e.file ?? '')}: ${e.message ?? e.error ?? JSON.stringify(e)}`).join('\n')}`);
}

const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file === 'N/A' ? 'N/A' : relative(folder, issue.file).split(sep).join('/'),
  line: issue.location?.line ?? 0,
  sample: issue.sample ?? '',
  description: issue.description,
}));

if (!findings.some((f) => f.file === CANARY.file && f.check === CANARY.check)) {
  fail(`the scanner did not flag ${CANARY.check} in a file written to trigger it; it is not scanning TypeScript as expected.`);
}

const matches = (entry, finding) => entry.check === finding.check && entry.file === finding.file && (entry.sample === undefined || entry.sample === finding.sample);
const real = findings.filter((f) => !f.file.startsWith('__canary__/'));
const rows = real.map((finding) => {
  const entry = accepted.find((e) => matches(e, finding));
  const status = !GATED.has(finding.severity) ? 'below gate' : entry ? 'accepted' : 'NOT ACCEPTED';
  return { ...finding, status, reason: entry?.reason ?? '' };
});

console.log(`electronegativity ${version}, Electron ${electronVersion()}: ${result.globalChecks} global and ${result.atomicChecks} atomic checks over electron/ and renderer/index.html`);
for (const row of rows) console.log(`  [${row.status}] ${row.check} ${row.severity}/${row.confidence} ${row.file}:${row.line} ${row.sample ? `— ${row.sample}` : ''}`);
if (rows.length === 0) console.log('  no findings');

for (const entry of accepted) {
  if (!real.some((finding) => matches(entry, finding))) console.warn(`  note: accepted ${entry.check} in ${entry.file} was not found any more; remove it from ${relative(root, ACCEPTED_FILE)}.`);
}

if (reportAt) {
  const header = ['check', 'severity', 'confidence', 'file', 'line', 'sample', 'description', 'status', 'reason'];
  const lines = rows.map((r) => header.map((h) => csvCell(r[h])).join(','));
  writeFileSync(reportAt, `${header.join(',')}\n${lines.join('\n')}\n`);
}

const unaccepted = rows.filter((row) => row.status === 'NOT ACCEPTED');
if (unaccepted.length > 0) {
  fail(`${unaccepted.length} HIGH/MEDIUM finding(s) are neither fixed nor accepted. Fix them, or add them with a reason to ${relative(root, ACCEPTED_FILE)}.`);
}
console.log('electronegativity gate: passed');
