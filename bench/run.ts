import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestServices } from '../test/support/test-services';
import { CHROMIUM_PATH } from '../test/e2e/support/browser';
import { FIRST_ROWS } from '../renderer/src/screens/library/first-rows';
import { keyFigures, measureBareLoads, measureBareTyping, measureLoads, measureTyping } from './browser-typing';
import { coldAndWarm } from './cold';
import { importDocuments } from './import-documents';
import { CONFIDENTIAL_COUNT, LARGE_CASE_SEED, LARGE_DRAFT_ID, largeDraft, QUESTION_COUNT } from './large-case';
import { measureListing, libraryOf } from './library-figures';
import { median } from './measure';
import { measureAgainstPandoc, measureNode } from './node-figures';
import { pandocVersion } from './pandoc';
import { printTable, result, type Result } from './report';
import { measureAnswerSearch, SEARCH_LIBRARY_SIZE } from './answer-search';
import { HOSTILE_COMMENTS, measureHostileDraft } from './hostile-draft';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Fresh processes (or fresh browser profiles) per cold figure. */
const COLD = Number(process.env.BENCH_COLD ?? 5);
const KEYS = Number(process.env.BENCH_KEYS ?? 200);
/** BENCH_ONLY=browser (or a comma list of export, listing, import, pandoc, search, browser) runs only those parts and leaves bench/results.json alone. */
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim()) ?? null;
const wanted = (part: string): boolean => ONLY === null || ONLY.includes(part);

/** Builds the app every run: a build left in out/ from older sources would measure (or break on) old code. */
function buildApp(): void {
  console.log('Building the app…');
  execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' });
}

function folderBytes(folder: string, pattern: RegExp): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
}

/** The script a window reads before its first screen: what index.html loads and preloads (screens opened later come in their own chunks). */
function startScriptBytes(folder: string): number {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
  return scripts.reduce((sum, path) => sum + statSync(join(folder, path)).size, 0);
}

const step = (text: string) => console.log(`… ${text}`);

async function main(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'crd-bench-'));
  const rows: Result[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  const draft = largeDraft();
  console.log(`Large case (seed ${LARGE_CASE_SEED}): ${QUESTION_COUNT} questions with ~800-word rationales, ${CONFIDENTIAL_COUNT} confidential. Warm figures: medians of ${RUNS} runs after a warm-up; cold: medians of ${COLD} fresh processes.`);
  try {
    if (wanted('export') || wanted('import') || wanted('browser')) buildApp();

    if (wanted('export')) {
      step('export and save');
      const node = await measureNode(draft, RUNS);
      // As the app exports: rendered in its worker process, one fresh (prewarmed) worker per cold figure.
      const inWorker = await coldAndWarm('export-worker', join(scratch, 'export-worker'), COLD, RUNS);
      const exportCold = await coldAndWarm('export', join(scratch, 'export-cold'), COLD, 0);
      raw.node = node;
      raw.exportInWorker = inWorker;
      raw.exportCold = exportCold;
      rows.push(
        result(`Full export of the large case as the app makes it (rendered in the worker process, letter + publication .docx + .eml written), warm: exports 2 to ${RUNS + 1} of each fresh worker, median`, median(inWorker.later), 'ms', 150),
        result('Full export as the app makes it, cold: first export in a freshly started worker, made ready as the app does when idle (modules loaded, one practice export the size of a long response and an import of it), median', median(inWorker.first), 'ms', 400),
        result('Peak memory (max RSS) of the worker process through its first full export of the large case', Math.max(...inWorker.probes.map((p) => p.peakRssAfterFirst)) / 1024 / 1024, 'MB'),
        // The practice at idle grows the worker's heap ahead of the user's export; this is what that costs while nothing runs.
        result('Resident memory of the worker process ready and idle (modules loaded, its practice run), before any export, median', median(inWorker.probes.map((p) => p.rssBefore)) / 1024 / 1024, 'MB'),
        result("Full export of the large case in the bench's own process (V8's default flags, no worker), warm, median", node.exportAll.median, 'ms'),
        result('Full export in a fresh Node process, first call (modules loaded, nothing else warm), median', median(exportCold.first), 'ms'),
        result('Save of the large draft (library.save under the file lock: the change merged and its log record flushed, the version before kept as the backup by a second name, the file rewritten and flushed), warm: saves 21 to 40 of a typing session, each one keystroke on the last, in a process that has made no export (as the main process), median', node.save.median, 'ms', 10),
        result('Save of the large draft, cold: the first save after it is opened in a fresh process', node.firstSave, 'ms'),
        result("Look for colleagues' changes to the open large draft, none there (main process, every 3 s while a draft is open), median", node.lookForChanges.median, 'ms'),
      );
    }

    if (wanted('listing')) {
      step('listing');
      for (const count of [500, 2000]) {
        const figures = await measureListing(join(scratch, `library-${count}`), count, COLD, RUNS);
        raw[`list${count}`] = figures;
        const goal = count === 500 ? 50 : 150;
        rows.push(
          result(`List ${count.toLocaleString('en-GB')} drafts, cold: first call in a fresh process (summary cache on disk), median`, figures.cold, 'ms', goal),
          result(`List ${count.toLocaleString('en-GB')} drafts, warm, median`, figures.warm, 'ms', goal),
          result(`List ${count.toLocaleString('en-GB')} drafts, very first listing (no summary cache yet), fresh process`, figures.firstEver, 'ms'),
        );
      }
      const hostile = await measureHostileDraft(join(scratch, 'hostile'), 3);
      raw.hostileDraft = hostile;
      const hostileName = `a hostile ${Math.round(hostile.bytes / 1e6)} MB draft file (${HOSTILE_COMMENTS.toLocaleString('en-GB')} valid comments, over the 5,000 allowed)`;
      rows.push(
        result(`Open ${hostileName} as the app does (its text parsed in the worker process): longest the main process stops answering, median`, hostile.inWorker.longestStallMs, 'ms'),
        result(`Open the same file as the app does: until it is refused, median`, hostile.inWorker.totalMs, 'ms'),
        result(`Open the same file parsed in the main process (as before; the command line still does): longest stall, median`, hostile.inPlace.longestStallMs, 'ms'),
      );
    }

    if (wanted('import')) {
      step('import of a real 100-page .docx and .pdf (generating them the first time takes LibreOffice a minute)');
      const documents = await importDocuments();
      raw.importDocuments = documents;
      for (const [kind, path] of [['docx', documents.docx], ['pdf', documents.pdf]] as const) {
        // As the app imports: read, extracted and parsed in its worker process, one fresh (prewarmed) worker per cold figure.
        const figures = await coldAndWarm('import-worker', path, COLD, RUNS > 3 ? 3 : RUNS);
        raw[`import-${kind}`] = figures;
        rows.push(
          result(`Import of a real ${documents.pages}-page .${kind} as the app makes it (read, extracted and parsed in the worker process), cold: first import in a freshly started worker, made ready as the app does when idle (modules loaded, one practice export the size of a long response and a .docx import of it), median`, median(figures.first), 'ms', 1000),
          result(`Import of the same .${kind} in the worker, warm: imports 2 to ${(RUNS > 3 ? 3 : RUNS) + 1} of each fresh worker, median`, median(figures.later), 'ms'),
        );
        notes.push(`.${kind} import found ${figures.probes[0]?.detail ?? '?'} of ${documents.questions}.`);
      }
    }

    if (wanted('pandoc')) {
      step('pandoc');
      const pandoc = pandocVersion();
      if (pandoc) {
        const versus = await measureAgainstPandoc(draft, RUNS);
        raw.pandoc = versus;
        rows.push(
          result('Both letters (full + publication .docx) of the large case, ours: compose, render, write, warm, median', versus.oursLetters.median, 'ms'),
          result(`Both letters, pandoc (${pandoc}): Markdown → .docx, one process each, median`, versus.pandocLetters.median, 'ms'),
          result('Both letters and the .eml carrying them, ours, warm, median (pandoc cannot write an .eml)', versus.oursWithEmail.median, 'ms'),
          result('Ratio ours / pandoc for both letters (below 1: ours is faster)', versus.oursLetters.median / versus.pandocLetters.median, '×', 1),
        );
        notes.push(`pandoc start-up alone, twice: ${versus.pandocStartup.median.toFixed(0)} ms of its figure. pandoc gets the letters' Markdown (same words, headings, lists, emphasis); it has no letterhead layout, signature image, header mark or page-number footer, and cannot write the .eml.`);
      } else {
        notes.push('pandoc is not installed, so the comparison with it was skipped (apt-get install -y pandoc).');
      }
    }

    if (wanted('search')) {
      step('answer search');
      const search = await measureAnswerSearch(RUNS);
      raw.search = search;
      rows.push(
        result(`Search answers in ${SEARCH_LIBRARY_SIZE} drafts, first search in the process`, search.cold, 'ms'),
        result(`Search answers in ${SEARCH_LIBRARY_SIZE} drafts, again, median`, search.warm.median, 'ms', 100),
      );
    }

    if (wanted('browser')) {
      step('Chromium: load → interactive and typing');
      const libraryFolder = join(scratch, 'library-browser');
      await libraryOf(libraryFolder, 500);
      const services = createTestServices({ libraryFolder });
      await services.library.save(draft);
      await services.library.list();
      const rendererFolder = join(root, 'out/renderer');
      const libraryLoads = await measureLoads({ rendererFolder, services, hash: '#/', readyWhen: { screen: 'library', rows: FIRST_ROWS, allRows: 501 }, loads: COLD });
      const questionLoads = await measureLoads({
        rendererFolder,
        services,
        hash: `#/draft/${LARGE_DRAFT_ID}/${encodeURIComponent('question:q1')}`,
        readyWhen: { screen: 'question' },
        loads: COLD,
      });
      const typing = await measureTyping({ rendererFolder, services, draftId: LARGE_DRAFT_ID, questionId: 'q1', keys: KEYS, seed: LARGE_CASE_SEED });
      const bare = await measureBareTyping({ text: draft.answers['q1']?.rationale ?? '', keys: KEYS, seed: LARGE_CASE_SEED });
      const bareLoads = await measureBareLoads({ rows: FIRST_ROWS, loads: COLD });
      raw.browser = { libraryLoads, questionLoads, typing, bare, bareLoads };
      const paint = keyFigures(typing.keyToPaint);
      const handled = keyFigures(typing.keyHandled);
      rows.push(
        result(`Load → interactive: library of 501 drafts, its first ${FIRST_ROWS} rows (the most urgent) painted with their buttons, the rest still rendering in the background; empty cache, fresh Chromium profile each load, median`, median(libraryLoads.loads), 'ms', 500),
        result('Load → complete: library of 501 drafts, every row in the page and painted; same loads, median', median(libraryLoads.complete), 'ms'),
        result('Load → interactive: question screen of the large draft (501 drafts in the library), empty cache, fresh profile, median', median(questionLoads.loads), 'ms', 500),
        result(`Load → painted: a bare page holding only a ${FIRST_ROWS}-row table with a button a row, no script, fresh profile each load (no app: the floor on this machine now), median`, median(bareLoads), 'ms'),
        result(`Key press → next paint, p95 (Chromium, ${typing.keyToPaint.length} keys into an 800-word rationale of the large draft)`, paint.p95, 'ms', 8),
        result('Key press → next paint, p50', paint.p50, 'ms'),
        result("Key press → handled (the app's script: keydown to end of React's commit), p95", handled.p95, 'ms'),
        result('Key press → next paint, p95, in a bare page holding only a textarea with the same text (no app: the floor on this machine now)', keyFigures(bare.keyToPaint).p95, 'ms'),
        result('Key press → next paint, p50, bare textarea', keyFigures(bare.keyToPaint).p50, 'ms'),
        result('Renderer script read at start (the entry and the chunks index.html preloads), as built', startScriptBytes(join(root, 'out/renderer')) / 1024, 'KB'),
        result('Renderer script in all, every screen included, as built', folderBytes(join(root, 'out/renderer'), /\.js$/) / 1024, 'KB'),
        result('Preload script (as built)', folderBytes(join(root, 'out/preload'), /\.c?js$/) / 1024, 'KB'),
      );
      const problems = [...libraryLoads.problems, ...questionLoads.problems, ...typing.problems];
      if (problems.length > 0) notes.push(`the page reported errors while measuring: ${problems.join(' | ')}`);
      notes.push('Key press → next paint: keydown timeStamp to a MessageChannel task posted from the next requestAnimationFrame (see bench/browser-typing.ts). Pages are served by the e2e test server, whose IPC is HTTP, not Electron IPC.');
    }

  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  notes.push(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')}; Node ${process.version}; Chromium ${CHROMIUM_PATH}. Figures are noisy when other work shares the cores.`);

  console.log(`\n${printTable(rows, notes)}`);
  if (ONLY !== null) {
    console.log(`\nOnly ${ONLY.join(', ')} measured (BENCH_ONLY): bench/results.json left as it was.`);
    return;
  }
  await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(rows, null, 2)}\n`);
  await writeFile(join(root, 'bench/results-raw.json'), `${JSON.stringify({ at: new Date().toISOString(), notes, raw }, null, 2)}\n`);
  console.log('\nWrote bench/results.json (and the raw figures to bench/results-raw.json)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
