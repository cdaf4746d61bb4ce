import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(here, 'out/main'),
      // Runtime dependencies stay in node_modules (electron-builder ships them); shared/ code is bundled.
      externalizeDeps: true,
      // The worker process (imports and exports) is a second entry beside main.js.
      rolldownOptions: { input: { main: resolve(here, 'electron/main.ts'), 'worker-entry': resolve(here, 'electron/services/worker/worker-entry.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(here, 'out/preload'),
      // A sandboxed preload can require only 'electron' and a few built-ins, so what it uses (the
      // channel names, not the schemas) is bundled in, and the file must be CommonJS though the package is ESM.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(here, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(here, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(here, 'out/renderer'),
      // Minified: a third of the size to fetch and parse at every start. CRD_UNMINIFIED=1 keeps names for profiling.
      minify: process.env.CRD_UNMINIFIED !== '1',
      rolldownOptions: {
        input: resolve(here, 'renderer/index.html'),
        output: {
          // The schemas and their validation library in a chunk of their own, read when a consultation is
          // checked before it is saved (import review, consultation edits), not at start: the screens only show.
          codeSplitting: {
            // Only the modules named: what they import from elsewhere (the choices' words) stays in the entry,
            // which has always run before a screen asks for this chunk.
            includeDependenciesRecursively: false,
            groups: [{ name: 'schemas', test: /node_modules[\\/]zod[\\/]|shared[\\/]model[\\/](?!choices\.ts)/ }],
          },
        },
      },
    },
  },
});
