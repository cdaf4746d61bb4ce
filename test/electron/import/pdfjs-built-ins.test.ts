import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The worker process loads pdf.js when it starts and then makes every export. pdf.js's legacy build carries core-js,
 * which in Node 20 swaps JSON.stringify, JSON.parse and Array.prototype.push for slower JavaScript versions for the
 * whole process. Checked in a fresh Node process, so nothing loaded earlier by the test runner hides the swap.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const EXTRACT_PDF = pathToFileURL(join(ROOT, 'electron', 'services', 'import', 'extract-pdf.ts')).href;
const SEED_PDF = join(ROOT, 'test', 'fixtures', 'consultations', 'date_con_consultation_issued.pdf');

const SCRIPT = `
import { readFileSync } from 'node:fs';
const before = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse, toString: Function.prototype.toString };
const { extractPdfText } = await import(${JSON.stringify(EXTRACT_PDF)});
const { text } = await extractPdfText('seed.pdf', readFileSync(${JSON.stringify(SEED_PDF)})).content;
const after = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse, toString: Function.prototype.toString };
console.log(JSON.stringify({
  unchanged: Object.keys(before).filter((name) => before[name] === after[name]),
  readSeed: text.includes('Dates Q1'),
}));
`;

describe('reading a PDF', () => {
  it('leaves JSON and arrays as fast as they were for the exports the worker makes next, and still reads the PDF', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT, timeout: 60_000 });
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { unchanged: string[]; readSeed: boolean };
    expect(result.readSeed).toBe(true);
    expect(result.unchanged.sort()).toEqual(['parse', 'push', 'stringify', 'toString']);
  });
});
