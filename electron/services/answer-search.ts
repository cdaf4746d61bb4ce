import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnswerMatch, AnswerSearchQuery } from '../../shared/model';
import type { DraftFileContent } from '../../shared/model';
import { answerFor } from '../../shared/draft-changes/content';
import type { AnswerSearch } from './contracts';
import { readBytesUpTo } from './bounded-read';
import { DRAFT_EXTENSION, MAX_DRAFT_FILE_BYTES, readDraftHere, type ReadDraft } from './draft-file';

interface IndexedAnswer {
  match: AnswerMatch;
  /** Lower-cased text the words are looked for in, answer first. */
  rationale: string;
  question: string;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  answers: IndexedAnswer[];
}

function indexDraft(draft: DraftFileContent): IndexedAnswer[] {
  return draft.consultation.questions.flatMap((question) => {
    const answer = answerFor({ ...draft, exportFolder: null }, question.id);
    if (!answer || answer.rationale.trim() === '') return [];
    return [
      {
        match: {
          draftId: draft.id,
          draftName: draft.name,
          consultationTitle: draft.consultation.title,
          issuer: draft.consultation.issuer,
          questionId: question.id,
          questionLabel: question.label,
          questionText: question.text,
          position: answer.position,
          rationale: answer.rationale,
          confidential: answer.confidential,
          updatedAt: draft.updatedAt,
        },
        rationale: answer.rationale.toLowerCase(),
        question: `${question.label} ${question.text} ${draft.consultation.title}`.toLowerCase(),
      },
    ];
  });
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** How well an answer fits: every word must appear; hits in the answer count double. */
function score(entry: IndexedAnswer, queryWords: readonly string[]): number {
  let total = 0;
  for (const word of queryWords) {
    const inAnswer = entry.rationale.includes(word);
    const inQuestion = entry.question.includes(word);
    if (!inAnswer && !inQuestion) return 0;
    total += (inAnswer ? 2 : 0) + (inQuestion ? 1 : 0);
  }
  return queryWords.length === 0 ? 1 : total;
}

/** Every draft file directly in a folder: the library's own drafts. */
export function draftFilesIn(folder: string): () => Promise<string[]> {
  return async () => {
    const names = await readdir(folder).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith(DRAFT_EXTENSION)).map((n) => join(folder, n));
  };
}

/**
 * Searches the answers of every draft the library lists, its own and those
 * opened from elsewhere. Parsed drafts are cached by path, modification time
 * and size, so a search re-reads only the files that changed since the last.
 */
export function createAnswerSearch(options: { draftFiles: () => Promise<string[]>; readDraft?: ReadDraft }): AnswerSearch {
  const cache = new Map<string, CachedFile>();
  const readDraft: ReadDraft = options.readDraft ?? readDraftHere;

  async function refresh(): Promise<IndexedAnswer[]> {
    const paths = await options.draftFiles().catch(() => [] as string[]);
    const seen = new Set(paths);
    for (const path of [...cache.keys()]) if (!seen.has(path)) cache.delete(path);
    await Promise.all(
      paths.map(async (path) => {
        const info = await stat(path).catch(() => null);
        if (!info) return;
        const cached = cache.get(path);
        if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return;
        const { reading } = await readDraft((await readBytesUpTo(path, MAX_DRAFT_FILE_BYTES).catch(() => null)) ?? Buffer.alloc(0), path);
        cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, answers: reading.ok ? indexDraft(reading.draft) : [] });
      }),
    );
    return [...cache.values()].flatMap((file) => file.answers);
  }

  return {
    async search(query: AnswerSearchQuery) {
      const all = await refresh();
      const queryWords = words(query.text);
      const issuer = query.issuer?.trim().toLowerCase() || null;
      const matches = all
        .filter((a) => a.match.draftId !== query.excludeDraftId && (issuer === null || a.match.issuer.toLowerCase() === issuer))
        .map((a) => ({ a, s: score(a, queryWords) }))
        .filter(({ s }) => s > 0)
        .sort((x, y) => y.s - x.s || y.a.match.updatedAt.localeCompare(x.a.match.updatedAt))
        .slice(0, query.limit)
        .map(({ a }) => a.match);
      return { matches, draftsSearched: cache.size };
    },
  };
}
