#!/usr/bin/env node
// The `crd` command line. It runs the app's TypeScript services, so on first
// use (and whenever a source file changed) it bundles cli/main.ts with esbuild,
// which npm ci installs with tsx and vite, into .crd-build/ (gitignored), with
// the import and export worker's entry beside it: imports and exports run in
// that worker process, with the app's limits. Dependencies stay in
// node_modules. Only the command's own output is printed.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const buildFolder = join(root, '.crd-build');
const bundle = join(buildFolder, 'crd.mjs');
const workerBundle = join(buildFolder, 'worker-entry.mjs');
const inputsList = join(buildFolder, 'inputs.json');

async function isUpToDate() {
  try {
    const built = Math.min((await stat(bundle)).mtimeMs, (await stat(workerBundle)).mtimeMs);
    const inputs = JSON.parse(await readFile(inputsList, 'utf8'));
    const times = await Promise.all(inputs.map(async (path) => (await stat(join(root, path))).mtimeMs));
    return times.every((time) => time <= built);
  } catch {
    return false;
  }
}

async function build() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [
      { in: 'cli/main.ts', out: 'crd' },
      { in: 'electron/services/worker/worker-entry.ts', out: 'worker-entry' },
    ],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Each command in a chunk of its own, loaded when it runs.
    splitting: true,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    outdir: buildFolder,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  await mkdir(buildFolder, { recursive: true });
  // Several crd processes may build at once: each writes its own files and renames them into place.
  // Chunks are named by their content, so a chunk in place is never changed; the entries go last, crd.mjs the very last.
  const unique = `${process.pid}-${Date.now()}`;
  const rank = (path) => (path === bundle ? 2 : path === workerBundle ? 1 : 0);
  const files = [...result.outputFiles].sort((a, b) => rank(a.path) - rank(b.path));
  for (const file of files) {
    await writeFile(`${file.path}.${unique}`, file.contents);
    await rename(`${file.path}.${unique}`, file.path);
  }
  await writeFile(`${inputsList}.${unique}`, JSON.stringify(Object.keys(result.metafile.inputs)));
  await rename(`${inputsList}.${unique}`, inputsList);
}

try {
  if (!(await isUpToDate())) await build();
} catch (error) {
  process.stderr.write(`crd: could not build the command line: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
const { run, createCliServices } = await import(pathToFileURL(bundle).href);
const services = createCliServices({ workerScript: workerBundle });
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }, services);
