import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Bundles a child script into one plain JavaScript file, so each of the many
 * processes the kill tests start loads in a tenth of the time tsx would take,
 * and the tests spend their time killing saves rather than starting Node.
 */
export async function bundledChild(entry: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'crd-child-'));
  const outfile = join(folder, `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Some bundled packages still call require() for Node's own modules.
    banner: { js: "import { createRequire as crdRequire } from 'node:module'; const require = crdRequire(import.meta.url);" },
  });
  return outfile;
}
