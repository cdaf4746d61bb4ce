import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Packer } from 'docx';
import { markdownToDocx } from '../test/fixtures/consultations/markdown-to-docx';
import { largeConsultation } from './large-case';

const root = resolve(import.meta.dirname, '..');
const FIXTURES = join(root, 'test/fixtures/consultations');
/** Generated once and reused while their inputs are unchanged (gitignored). */
const CACHE = join(root, 'bench/.generated');
const TARGET_WORDS = 100 * 525;

/**
 * Prose paragraphs of the real consultations in the test fixtures (DCC,
 * SECAS, Ofgem, DESNZ, BEIS): plain paragraphs of 25 words or more, none that
 * asks a question, so the only questions in the document are the ones we number.
 */
function realParagraphs(): string[] {
  const paragraphs: string[] = [];
  // Only the consultations (each has its expected reading beside it): the folder's README is not one, and reading it
  // made the bench's document change whenever the corpus notes did.
  const consultations = readdirSync(FIXTURES).filter((n) => n.endsWith('.md') && existsSync(join(FIXTURES, n.replace(/\.md$/, '.expected.json'))));
  for (const name of consultations.sort()) {
    for (const block of readFileSync(join(FIXTURES, name), 'utf8').split(/\n\s*\n/)) {
      const text = block.replace(/\s+/g, ' ').trim();
      if (/^[#|*<>\-\d[]/.test(text) || text.includes('?') || /\bQ\d/.test(text) || /@/.test(text)) continue;
      if (text.split(' ').length >= 25) paragraphs.push(text);
    }
  }
  return paragraphs;
}

/**
 * A 100-page consultation in the shape of DCC's (front matter, contents,
 * numbered sections, the 60 questions of the bench's large case, how to
 * respond), its prose the fixtures' real paragraphs repeated in order.
 */
export function hundredPageMarkdown(): string {
  const consultation = largeConsultation();
  const pool = realParagraphs();
  let next = 0;
  const take = (words: number): string[] => {
    const out: string[] = [];
    let count = 0;
    while (count < words) {
      const paragraph = pool[next % pool.length] as string;
      next += 1;
      out.push(paragraph);
      count += paragraph.split(' ').length;
    }
    return out;
  };
  const sectionCount = 10;
  const wordsPerSection = TARGET_WORDS / (sectionCount + 1);
  const out = [
    `**${consultation.title}**`,
    `**Filename: ${consultation.reference}**`,
    '**Date: 3 March 2025**',
    '**Respond by: 1600 on 31 March 2025**',
    '**Author: [consultations@smartdcc.co.uk](mailto:consultations@smartdcc.co.uk)**',
    '**Classification: DCC Public**',
    '# 1. Introduction and Context',
    ...take(wordsPerSection),
  ];
  for (let s = 0; s < sectionCount; s += 1) {
    out.push(`# ${s + 2}. Proposals, part ${s + 1}`);
    for (let sub = 1; sub <= 3; sub += 1) out.push(`## ${s + 2}.${sub}. Detail ${sub}`, ...take(wordsPerSection / 3));
    for (const question of consultation.questions.slice(s * 6, s * 6 + 6)) out.push(`**${question.label}**: ${question.text}`);
  }
  out.push(
    `# ${sectionCount + 2}. How to Respond`,
    'Please provide responses by 1600 on Monday 31 March 2025 to DCC at [consultations@smartdcc.co.uk](mailto:consultations@smartdcc.co.uk).',
    'Consultation responses may be published on our website www.smartdcc.co.uk. Please state clearly in writing whether you want all or any part, of your consultation to be treated as confidential.',
  );
  return `${out.join('\n\n')}\n`;
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? Number.NaN);
}

export interface ImportDocuments {
  docx: string;
  pdf: string;
  pages: number;
  words: number;
  questions: number;
}

/**
 * The 100-page consultation as a real .docx (written by the docx library, the
 * way the fixtures are) and a real .pdf (that .docx printed by LibreOffice).
 * Kept in bench/.generated under a hash of their Markdown, so LibreOffice runs
 * only when the content changes.
 */
export async function importDocuments(): Promise<ImportDocuments> {
  const markdown = hundredPageMarkdown();
  const hash = createHash('sha256').update(markdown).update(readFileSync(join(FIXTURES, 'markdown-to-docx.ts'))).digest('hex').slice(0, 12);
  const folder = join(CACHE, hash);
  const docx = join(folder, 'consultation-100-pages.docx');
  const pdf = join(folder, 'consultation-100-pages.pdf');
  if (!existsSync(pdf)) {
    const work = mkdtempSync(join(tmpdir(), 'crd-bench-docs-'));
    try {
      const workDocx = join(work, 'consultation-100-pages.docx');
      writeFileSync(workDocx, await Packer.toBuffer(markdownToDocx(markdown, { footerText: 'DCC Public', newPageBefore: [] })));
      execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, workDocx], { stdio: 'pipe', timeout: 300_000 });
      mkdirSync(CACHE, { recursive: true });
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(join(work, 'out'));
      renameSync(workDocx, join(work, 'out', 'consultation-100-pages.docx'));
      renameSync(join(work, 'consultation-100-pages.pdf'), join(work, 'out', 'consultation-100-pages.pdf'));
      renameSync(join(work, 'out'), folder);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return { docx, pdf, pages: pdfPages(pdf), words: markdown.split(/\s+/).length, questions: largeConsultation().questions.length };
}
