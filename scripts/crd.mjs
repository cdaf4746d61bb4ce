#!/usr/bin/env node
// The `crd` command line. It runs the app's TypeScript services, so on first
// use (and whenever a source file changed) it bundles cli/main.ts with esbuild,
// which npm ci installs with tsx and vite, into .crd-build/ (gitignored).
// Dependencies stay in node_modules. Only the command's own output is printed.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const buildFolder = join(root, '.crd-build');
const bundle = join(buildFolder, 'crd.mjs');
const inputsList = join(buildFolder, 'inputs.json');

async function isUpToDate() {
  try {
    const built = (await stat(bundle)).mtimeMs;
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
    entryPoints: ['cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Each command in a chunk of its own, loaded when it runs.
    splitting: true,
    entryNames: 'crd',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    outdir: buildFolder,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  await mkdir(buildFolder, { recursive: true });
  // Several crd processes may build at once: each writes its own files and renames them into place.
  // Chunks are named by their content, so a chunk in place is never changed; the entry goes last.
  const unique = `${process.pid}-${Date.now()}`;
  const files = [...result.outputFiles.filter((file) => file.path !== bundle), ...result.outputFiles.filter((file) => file.path === bundle)];
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
const { run } = await import(pathToFileURL(bundle).href);
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
