import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { simpleParser } from 'mailparser';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createDraftLibrary } from '../../electron/services/draft-library';
import { ConsultationSchema, DraftFileSchema, type DraftFileContent, type ResponseDraft } from '../../shared/model';
import { SAMPLE_NOW, sampleDraft } from '../support/sample-draft';
import { deflatePart, repeated, zipOf } from '../faults/support/zip-writer';
import { isRunning, watchProcess, type WatchedProcess } from './process-watch';
import { runCrd, type CrdRun } from './run-crd';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/consultations');
const ROOT = resolve(import.meta.dirname, '../..');
const MB = 1024 * 1024;
/** The worker crd starts for imports and exports: the entry its build puts beside crd.mjs. */
const WORKER_ENTRY = join(ROOT, '.crd-build', 'worker-entry.mjs');

let folder: string;

beforeAll(async () => {
  // The first run bundles the command line; later runs reuse it.
  expect((await runCrd(['help'], ROOT)).code).toBe(0);
}, 120_000);

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-cli-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function readDraft(path: string): Promise<DraftFileContent> {
  return DraftFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** A draft the app itself wrote, through its library, in its own folder. */
async function draftWrittenByTheApp(draft: ResponseDraft): Promise<string> {
  const library = createDraftLibrary({ folder: join(folder, 'library'), clock: () => SAMPLE_NOW });
  await library.save(draft);
  return join(folder, 'library', 'drafts', `${draft.id}.crdraft`);
}

describe('crd import', () => {
  it('prints the consultation found in a real .docx as JSON with the model’s fields', async () => {
    const expected = JSON.parse(await readFile(join(FIXTURES, 'date_con_consultation_issued.expected.json'), 'utf8')) as Record<string, unknown>;
    const run = await runCrd(['import', join(FIXTURES, 'date_con_consultation_issued.docx'), '--json'], folder);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const consultation = ConsultationSchema.parse(JSON.parse(run.stdout));
    expect(consultation.title).toBe(expected.title);
    expect(consultation.issuer).toBe(expected.issuer);
    expect(consultation.respondBy).toEqual(expected.respondBy);
    expect(consultation.responseEmail).toBe(expected.responseEmail);
    expect(consultation.questions.map((q) => q.label)).toContain('Dates Q1');
  });

  it('refuses a file it cannot read with a plain message and exit code 1', async () => {
    await writeFile(join(folder, 'empty.pdf'), '');
    const missing = await runCrd(['import', 'nothing-here.docx', '--json'], folder);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/"nothing-here.docx" could not be opened: it is no longer there/);
    const empty = await runCrd(['import', 'empty.pdf'], folder);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/is empty/);
  });
});

/** Runs crd, watching its own memory and the processes it starts. */
async function runWatched(args: readonly string[]): Promise<CrdRun & WatchedProcess & { workers: number[] }> {
  let watch: ReturnType<typeof watchProcess> | undefined;
  const run = await runCrd(args, folder, (pid) => (watch = watchProcess(pid)));
  const watched = await (watch as NonNullable<typeof watch>).stop();
  const workers = [...watched.descendants].filter(([, line]) => line.includes(WORKER_ENTRY)).map(([pid]) => pid);
  return { ...run, ...watched, workers };
}

/**
 * A .docx inside every limit on the file (190 KB, 190 MB unpacked, under the 200 MB budget) whose document text
 * is 190 MB of spaces: turning it into text takes far more memory than the worker may have.
 */
async function documentTooHeavyToRead(path: string): Promise<void> {
  const documentXml = Buffer.from(
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Q1 Do you agree?</w:t></w:r></w:p></w:body></w:document>',
  );
  await writeFile(path, zipOf([await deflatePart('word/document.xml', [documentXml, ...repeated(Buffer.alloc(MB, 0x20), 190)])]));
}

describe('crd import and export run in the app’s isolated worker', () => {
  it('stops a Word file that needs too much memory with the worker’s plain message and exit 1; crd itself stays small and leaves no process behind', async () => {
    await documentTooHeavyToRead(join(folder, 'heavy.docx'));
    const run = await runWatched(['import', 'heavy.docx', '--json']);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: '' });
    // The worker is killed at its memory cap; only the worker's watchdog says this.
    expect(run.stderr).toBe(
      'Reading "heavy.docx" needed more than 512 MB of memory, far more than a consultation needs, so it was stopped. The file may be damaged or built to cause harm. Ask the sender for a PDF, or import just the part with the questions.\n',
    );
    expect(run.workers.length).toBeGreaterThanOrEqual(1);
    expect(run.ownPeakBytes).toBeLessThan(150 * MB);
    for (const pid of run.workers) expect(await isRunning(pid)).toBe(false);
  }, 60_000);

  it('refuses a .txt that is not UTF-8 text with a plain message and exit 1, read in the worker', async () => {
    // Saved by an older editor in Windows-1252: the pound sign is one byte that UTF-8 does not allow there.
    await writeFile(join(folder, 'questions.txt'), Buffer.from('Q1 Do you agree with the \xa35 charge?\n', 'latin1'));
    const run = await runWatched(['import', 'questions.txt']);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/^"questions.txt" is named as a text file but is not valid UTF-8 text .* save it again as UTF-8.\n$/);
    expect(run.workers.length).toBeGreaterThanOrEqual(1);
    for (const pid of run.workers) expect(await isRunning(pid)).toBe(false);
  }, 60_000);

  it('starts no worker for a command that neither imports nor exports', async () => {
    const run = await runWatched(['new', '--bundled', '--to', 'r.crdraft']);
    expect(run.code).toBe(0);
    expect(run.workers).toEqual([]);
  }, 60_000);
});

describe('crd new, set, show and check', () => {
  it('starts a draft, sets answers and reports readiness, each change on the draft’s timeline', { timeout: 120_000 }, async () => {
    const started = await runCrd(['new', '--bundled', '--to', 'response.crdraft'], folder);
    expect(started).toMatchObject({ code: 0, stderr: '' });
    const path = join(folder, 'response.crdraft');
    expect(started.stdout.trim()).toBe(path);

    const notReady = await runCrd(['check', 'response.crdraft'], folder);
    expect(notReady.code).toBe(3);
    expect(notReady.stdout).toMatch(/blocks export: Enter your organisation/);
    expect(notReady.stdout).toMatch(/Dates Q1 has no position yet/);

    const set = await runCrd(['set', 'response.crdraft', '--question', 'Q1', '--position', 'partly-agree', '--text', 'We need **three months** of notice.', '--confidential'], folder);
    expect(set).toMatchObject({ code: 0, stderr: '' });
    const shown = await runCrd(['show', 'response.crdraft', '--json'], folder);
    const draft = DraftFileSchema.parse(JSON.parse(shown.stdout));
    expect(draft.answers['dates-q1']).toEqual({ position: 'partly-agree', rationale: 'We need **three months** of notice.', confidential: true });
    expect(draft.confidentiality.scope).toBe('parts');
    // Marking the answer confidential made the response confidential in parts: both are on the timeline.
    expect(draft.history.filter((h) => h.kind === 'edited').map((h) => h.summary)).toEqual(['Edited the answer to Dates Q1', 'Edited the confidentiality statement']);

    await writeFile(join(folder, 'answer.md'), 'From a file.\r\n\r\n- one\r\n- two\r\n');
    expect((await runCrd(['set', path, '--question', 'Dates Q1', '--text-file', 'answer.md', '--not-confidential'], folder)).code).toBe(0);
    const again = await readDraft(path);
    expect(again.answers['dates-q1']).toMatchObject({ position: 'partly-agree', rationale: 'From a file.\n\n- one\n- two', confidential: false });

    const summary = await runCrd(['show', path], folder);
    expect(summary.stdout).toMatch(/Dates Q1: Partly agree, 5 words/);
  });

  it('reports ready (exit 0) once nothing blocks the export', { timeout: 120_000 }, async () => {
    await runCrd(['new', '--bundled', '--to', 'r.crdraft', '--organisation', 'Acme Energy Ltd', '--signatory', 'Jordan Lee', '--job-title', 'Head of Regulation'], folder);
    await runCrd(['set', 'r.crdraft', '--question', 'Q1', '--position', 'agree', '--text', 'We agree.'], folder);
    const check = await runCrd(['check', 'r.crdraft'], folder);
    expect(check.code).toBe(0);
    expect(check.stdout.trim()).toBe('Ready to export.');
  });

  it('opens and changes a draft written by the app, keeping a backup of the version before', { timeout: 60_000 }, async () => {
    const path = await draftWrittenByTheApp(sampleDraft());
    const before = await readFile(path, 'utf8');
    const run = await runCrd(['set', path, '--question', 'dates-q1', '--position', 'disagree'], folder);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect((await readDraft(path)).answers['dates-q1']?.position).toBe('disagree');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(before);
    // The app still opens what crd wrote.
    const library = createDraftLibrary({ folder: join(folder, 'library') });
    expect((await library.open('sample-draft')).answers['dates-q1']?.position).toBe('disagree');
  });

  it('refuses bad input with a plain message, exit code 1, and leaves the draft as it was', async () => {
    const path = await draftWrittenByTheApp(sampleDraft());
    const before = await readFile(path, 'utf8');
    await writeFile(join(folder, 'long.md'), 'x'.repeat(200_001));
    const cases: Array<[string[], RegExp]> = [
      [['set', path, '--question', 'Q9', '--text', 'x'], /No question "Q9" in this draft. Its questions are "Dates Q1"/],
      [['set', path, '--question', 'Q1', '--position', 'maybe'], /--position must be one of agree, partly-agree, disagree, no-comment/],
      [['set', path, '--question', 'Q1'], /nothing to change/],
      [['set', path, '--question', 'Q1', '--text', 'a', '--text-file', 'b'], /--text or --text-file, not both/],
      [['set', path, '--question', 'Q1', '--text-file', 'long.md'], /answers.dates-q1.rationale/],
      [['show', join(folder, 'missing.crdraft')], /There is no draft file at/],
      [['frobnicate'], /there is no command "frobnicate"/],
      [['new', '--bundled'], /--to is required/],
      [['new', '--bundled', '--to', path], /A file already exists/],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCrd(args, folder)));
    for (const [i, [args, message]] of cases.entries()) {
      const run = runs[i]!;
      expect({ args: args.slice(0, 4), code: run.code, stdout: run.stdout }).toEqual({ args: args.slice(0, 4), code: 1, stdout: '' });
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\bat .*\.(ts|mjs|js):\d+/);
    }
    expect(await readFile(path, 'utf8')).toBe(before);

    await writeFile(path, before.slice(0, 200));
    const damaged = await runCrd(['set', path, '--question', 'Q1', '--text', 'x'], folder);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/not valid JSON/);
    expect(await readFile(path, 'utf8')).toBe(before.slice(0, 200));
  }, 120_000);

  it('refuses to change a signed-off draft', { timeout: 60_000 }, async () => {
    const path = await draftWrittenByTheApp(sampleDraft({ status: 'signed-off', signOff: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26', at: SAMPLE_NOW.toISOString() } }));
    const run = await runCrd(['set', path, '--question', 'Q1', '--text', 'Changed'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/signed off, sent or closed, so it is read-only/);
  });
});

describe('crd export', () => {
  it('writes the letter, the publication version and the .eml, prints their paths and records them on the draft', { timeout: 120_000 }, async () => {
    const draft = sampleDraft({ confidentiality: { scope: 'parts', otherParts: '', reasons: 'Commercial plans.', partReasons: {} } });
    draft.answers['dates-q1'] = { ...draft.answers['dates-q1']!, confidential: true, rationale: 'Our **secret** rollout plan for November.' };
    const path = await draftWrittenByTheApp(draft);
    const run = await runWatched(['export', path, '--to', 'exports']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    // The letters are made in the worker, which is stopped when the command ends.
    expect(run.workers.length).toBeGreaterThanOrEqual(1);
    for (const pid of run.workers) expect(await isRunning(pid)).toBe(false);
    const printed = run.stdout.trim().split('\n');
    expect(printed).toHaveLength(3);
    expect((await readdir(join(folder, 'exports'))).sort()).toEqual(printed.map((p) => p.split('/').pop()).sort());

    const [full, publication, eml] = printed as [string, string, string];
    expect((await mammoth.extractRawText({ path: full })).value).toContain('Our secret rollout plan for November.');
    const published = (await mammoth.extractRawText({ path: publication })).value;
    expect(published).toContain('[Confidential: redacted]');
    expect(published).not.toContain('rollout');
    const email = await simpleParser(await readFile(eml));
    expect(email.to && 'text' in email.to ? email.to.text : '').toBe('consultations@smartdcc.co.uk');
    expect(email.attachments.map((a) => a.filename).sort()).toEqual([full, publication].map((p) => p.split('/').pop()).sort());

    const recorded = (await readDraft(path)).history.filter((h) => h.kind === 'exported');
    const sha = async (p: string) => createHash('sha256').update(await readFile(p)).digest('hex');
    expect(recorded.map((h) => ('sha256' in h ? h.sha256 : ''))).toEqual([await sha(full), await sha(publication), await sha(eml)]);

    const again = await runCrd(['export', path, '--to', 'exports'], folder);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exist.*Add --overwrite to replace them/s);
    expect((await runCrd(['export', path, '--to', 'exports', '--overwrite'], folder)).code).toBe(0);
  });

  it('exits 3 and writes nothing when the draft is not ready', { timeout: 120_000 }, async () => {
    await runCrd(['new', '--bundled', '--to', 'r.crdraft'], folder);
    const run = await runCrd(['export', 'r.crdraft', '--to', 'exports'], folder);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/not ready to export:\nblocks export: Enter your organisation/);
    await expect(readdir(join(folder, 'exports'))).rejects.toThrow();
  });
});

describe('crd set from several processes at once', () => {
  it('keeps every answer when eight processes each set one question of the same draft at the same moment', async () => {
    const questions = Array.from({ length: 8 }, (_, i) => ({ id: `q${i + 1}`, label: `Question ${i + 1}`, text: `What do you think of point ${i + 1}?`, section: '', kind: 'open' as const }));
    const base = sampleDraft();
    // Long answers make each read-change-write take a while, as on a real draft.
    const draft: ResponseDraft = {
      ...base,
      consultation: { ...base.consultation, questions },
      answers: Object.fromEntries(questions.map((q) => [q.id, { position: null, rationale: `Earlier text. ${'word '.repeat(8000)}`, confidential: false }])),
    };
    const path = await draftWrittenByTheApp(draft);
    for (let round = 1; round <= 2; round += 1) {
      const runs = await Promise.all(questions.map((q) => runCrd(['set', path, '--question', q.label, '--text', `Round ${round} answer to ${q.label}`], folder)));
      expect(runs.map((r) => r.code)).toEqual(questions.map(() => 0));
      const saved = await readDraft(path);
      expect(Object.values(saved.answers).map((a) => a.rationale)).toEqual(questions.map((q) => `Round ${round} answer to ${q.label}`));
    }
    expect((await readdir(join(folder, 'library', 'drafts'))).filter((n) => n.endsWith('.lock'))).toEqual([]);
  }, 240_000);

  it('keeps both the app’s answer and crd’s when they change the draft open in the app at the same time', async () => {
    const questions = [1, 2].map((n) => ({ id: `q${n}`, label: `Question ${n}`, text: `What do you think of point ${n}?`, section: '', kind: 'open' as const }));
    const base = sampleDraft();
    const path = await draftWrittenByTheApp({ ...base, consultation: { ...base.consultation, questions }, answers: { q1: { position: null, rationale: '', confidential: false }, q2: { position: null, rationale: '', confidential: false } } });
    const app = createDraftLibrary({ folder: join(folder, 'library'), clock: () => SAMPLE_NOW, writerName: 'The app' });
    const opened = await app.open(base.id);
    const [run] = await Promise.all([
      runCrd(['set', path, '--question', 'Question 2', '--text', 'Set by crd.'], folder),
      app.save({ ...opened, answers: { ...opened.answers, q1: { position: null, rationale: 'Typed in the app.', confidential: false } } }),
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const seen = (await app.shared(base.id, null)).draft!;
    expect([seen.answers.q1?.rationale, seen.answers.q2?.rationale]).toEqual(['Typed in the app.', 'Set by crd.']);
    const show = await runCrd(['show', path, '--json'], folder);
    const shown = DraftFileSchema.parse(JSON.parse(show.stdout));
    expect([shown.answers.q1?.rationale, shown.answers.q2?.rationale]).toEqual(['Typed in the app.', 'Set by crd.']);
  }, 120_000);
});

describe('npm run --silent crd', () => {
  it('prints only the command’s own output', async () => {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'crd', '--', 'show', '--json', join(await draftWrittenByTheApp(sampleDraft()))], { cwd: ROOT });
    expect(stderr).toBe('');
    expect(DraftFileSchema.parse(JSON.parse(stdout)).id).toBe('sample-draft');
  });
});
