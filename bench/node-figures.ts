import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftLibrary } from '../electron/services/draft-library';
import { createDraftExporter } from '../electron/services/export/draft-exporter';
import { renderDocx } from '../electron/services/export/render-docx';
import { buildEml } from '../electron/services/export/build-eml';
import { composeEmail } from '../shared/email/compose-email';
import { exportFileName } from '../shared/file-names';
import { composeLetter } from '../shared/letter/compose-letter';
import type { ResponseDraft } from '../shared/model';
import { time, type Timing } from './measure';
import { letterToMarkdown, pandocStartup, pandocToDocx } from './pandoc';
import { answerFor, changeAnswer } from '../shared/draft-changes';

export const LETTER_DATE = new Date('2025-03-28T10:00:00.000Z');

/** Saves timed after the warm-up ones. */
const SAVE_RUNS = 20;
/** Saves made before timing: the first saves of a session, while V8 is still compiling the save's code. */
const SAVE_WARMUPS = 20;

export interface NodeFigures {
  compose: Timing;
  docx: Timing & { bytes: number };
  eml: Timing & { bytes: number };
  exportAll: Timing & { files: number };
  save: Timing & { bytes: number };
  /** The first save after the large draft is opened in a fresh process. */
  firstSave: number;
  /** The window's look for colleagues' changes (every 3 s while a draft is open), when there are none. */
  lookForChanges: Timing;
}

function letters(draft: ResponseDraft) {
  return {
    full: composeLetter(draft, { version: 'full', date: LETTER_DATE }),
    publication: composeLetter(draft, { version: 'publication', date: LETTER_DATE }),
  };
}

async function documents(draft: ResponseDraft) {
  const { full, publication } = letters(draft);
  return [
    { fileName: exportFileName(draft, 'letter-full'), kind: 'letter-full' as const, bytes: await renderDocx(full) },
    { fileName: exportFileName(draft, 'letter-publication'), kind: 'letter-publication' as const, bytes: await renderDocx(publication) },
  ];
}

/** Each figure is the median of several runs after a warm-up (see measure.ts). */
export async function measureNode(draft: ResponseDraft, runs: number): Promise<NodeFigures> {
  const scratch = await mkdtemp(join(tmpdir(), 'crd-bench-'));
  try {
    // Saves first, in a process that has made no export: the app's main process, which saves, never renders one.
    const library = createDraftLibrary({ folder: join(scratch, 'library'), clock: () => LETTER_DATE });
    await library.save(draft);
    let latest: ResponseDraft = draft;
    let saveBytes = 0;
    const first = draft.consultation.questions[0]!.id;
    // Each save carries a new keystroke, as an autosave would.
    const typed = (i: number) => {
      const changed = changeAnswer(latest, first, { rationale: `${answerFor(latest, first)?.rationale ?? ''} ${i}` }, new Date(latest.updatedAt));
      saveBytes = Buffer.byteLength(JSON.stringify(changed, null, 2));
      return changed;
    };
    const saveOnce = async (changed: ResponseDraft) => {
      latest = (await library.save(changed)).merged ?? changed;
    };
    // The first save after the draft is opened, its code not yet compiled.
    const firstSaveStart = performance.now();
    await saveOnce(typed(-1));
    const firstSave = performance.now() - firstSaveStart;
    // A typing session: an autosave every 600 ms makes a hundred saves a minute; saves 21 onwards are the ones felt.
    const save = await time(saveOnce, { runs: Math.max(runs, SAVE_RUNS), warmups: SAVE_WARMUPS, setup: typed });

    const compose = await time(() => letters(draft), { runs });

    const composed = letters(draft);
    let docxBytes = 0;
    const docx = await time(
      async () => {
        const bytes = [await renderDocx(composed.full), await renderDocx(composed.publication)];
        docxBytes = bytes.reduce((sum, b) => sum + b.length, 0);
      },
      { runs },
    );

    const attachments = await documents(draft);
    let emlBytes = 0;
    const eml = await time(
      async () => {
        const email = composeEmail(draft, attachments.map(({ fileName, kind }) => ({ fileName, kind })));
        emlBytes = (await buildEml(email, attachments)).length;
      },
      { runs },
    );

    const exportFolder = join(scratch, 'export');
    await mkdir(exportFolder);
    const exporter = createDraftExporter();
    let files = 0;
    const exportAll = await time(
      async () => {
        files = (await exporter.exportDraft(draft, { folder: exportFolder, kinds: ['letter-full', 'letter-publication', 'email'], overwrite: true, now: LETTER_DATE })).length;
      },
      { runs },
    );

    const lookForChanges = await time(() => library.shared(latest.id, latest.syncRevision ?? null), { runs });

    return {
      lookForChanges,
      compose,
      docx: { ...docx, bytes: docxBytes },
      eml: { ...eml, bytes: emlBytes },
      exportAll: { ...exportAll, files },
      save: { ...save, bytes: saveBytes },
      firstSave,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export interface PandocFigures {
  /** Both letters (full and publication) as .docx files on disk, ours: compose, render, write. */
  oursLetters: Timing;
  /** Both letters and the .eml carrying them, ours (the full export). */
  oursWithEmail: Timing;
  /** Both letters with pandoc, one process per letter, one after the other. */
  pandocLetters: Timing;
  /** Starting pandoc and doing nothing, twice: the part of its time that is process start-up. */
  pandocStartup: Timing;
}

/**
 * The same documents from the same content both ways, in the same run: the
 * full letter and the publication version of the large draft, each ending as
 * a .docx on disk. Ours composes and renders in-process; pandoc converts each
 * letter's Markdown (the same words, headings, lists and emphasis) in a
 * process of its own. pandoc cannot write the .eml, so that is ours alone.
 */
export async function measureAgainstPandoc(draft: ResponseDraft, runs: number): Promise<PandocFigures> {
  const scratch = await mkdtemp(join(tmpdir(), 'crd-bench-pandoc-'));
  try {
    const versions = ['full', 'publication'] as const;
    const markdown = versions.map((version) => join(scratch, `${version}.md`));
    for (const [i, version] of versions.entries()) await writeFile(markdown[i] as string, letterToMarkdown(composeLetter(draft, { version, date: LETTER_DATE })));
    const oursLetters = await time(
      async () => {
        for (const version of versions) await writeFile(join(scratch, `ours-${version}.docx`), await renderDocx(composeLetter(draft, { version, date: LETTER_DATE })));
      },
      { runs },
    );
    const folder = join(scratch, 'export');
    await mkdir(folder);
    const exporter = createDraftExporter();
    const oursWithEmail = await time(() => exporter.exportDraft(draft, { folder, kinds: ['email'], overwrite: true, now: LETTER_DATE }), { runs });
    const pandocLetters = await time(
      async () => {
        for (const [i, version] of versions.entries()) await pandocToDocx(markdown[i] as string, join(scratch, `pandoc-${version}.docx`));
      },
      { runs },
    );
    const pandocStartupTime = await time(async () => {
      await pandocStartup();
      await pandocStartup();
    }, { runs });
    return { oursLetters, oursWithEmail, pandocLetters, pandocStartup: pandocStartupTime };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
