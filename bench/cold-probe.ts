/**
 * Runs one measurement in a fresh Node process, so "cold" means what it says:
 * the modules are loaded, then the first call is timed (JIT, lazy imports,
 * caches all cold), then a few more. Prints one JSON line. Started by the
 * bench (see cold.ts); not meant to be run by hand.
 *   cold-probe.ts import <file> <runs>
 *   cold-probe.ts export <folder> <runs>
 *   cold-probe.ts list <library-folder> <runs>
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createDraftLibrary } from '../electron/services/draft-library';
import { createDraftExporter } from '../electron/services/export/draft-exporter';
import { createConsultationImporter } from '../electron/services/import/importer';
import { largeDraft } from './large-case';
import { LETTER_DATE } from './node-figures';

export interface ProbeResult {
  firstMs: number;
  laterMs: number[];
  /** Peak resident memory of this process, in bytes, when the first call ended. */
  peakRssAfterFirst: number;
  /** Resident memory before the first call, in bytes. */
  rssBefore: number;
  detail: string;
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

async function timed(task: () => Promise<string>, runs: number): Promise<ProbeResult> {
  const rssBefore = process.memoryUsage().rss;
  let start = performance.now();
  const detail = await task();
  const firstMs = performance.now() - start;
  const peakRssAfterFirst = peakRss();
  const laterMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    start = performance.now();
    await task();
    laterMs.push(performance.now() - start);
  }
  return { firstMs, laterMs, peakRssAfterFirst, rssBefore, detail };
}

async function main(): Promise<void> {
  const [kind, target, runsText] = process.argv.slice(2);
  const runs = Number(runsText ?? 0);
  if (!target) throw new Error('usage: cold-probe.ts <import|export|list> <path> <runs>');
  let result: ProbeResult;
  if (kind === 'import') {
    const importer = createConsultationImporter();
    result = await timed(async () => `${(await importer.readPath(target)).consultation.questions.length} questions found`, runs);
  } else if (kind === 'export') {
    const draft = largeDraft();
    const exporter = createDraftExporter();
    const folder = join(target, 'export');
    await mkdir(folder, { recursive: true });
    result = await timed(async () => {
      const files = await exporter.exportDraft(draft, { folder, kinds: ['letter-full', 'letter-publication', 'email'], overwrite: true, now: LETTER_DATE });
      return `${files.length} files`;
    }, runs);
  } else if (kind === 'list') {
    const library = createDraftLibrary({ folder: target });
    result = await timed(async () => `${(await library.list()).drafts.length} drafts listed`, runs);
  } else {
    throw new Error(`unknown probe "${kind}"`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
