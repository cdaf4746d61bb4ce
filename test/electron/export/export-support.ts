import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

const created: string[] = [];

export async function tempFolder(prefix = 'export-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  created.push(folder);
  return folder;
}

/** For afterAll: removes every folder tempFolder made. */
export async function removeTempFolders(): Promise<void> {
  await Promise.all(created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every entry of a zip (a .docx), as raw bytes. */
export async function zipEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) entries.set(name, await file.async('uint8array'));
  }
  return entries;
}

type DomParserCtor = new () => DOMParser;
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: DomParserCtor } } };
const parser = new new JSDOM('').window.DOMParser();

/** Null when the XML is well-formed, else the parser's complaint. */
export function xmlProblem(xml: string): string | null {
  const doc = parser.parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  return error ? (error.textContent ?? 'parse error') : null;
}

/** Runs a Python 3 script with arguments and returns what it printed. */
export async function python(script: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('python3', ['-c', script, ...args], { encoding: 'utf8' });
  return stdout;
}
