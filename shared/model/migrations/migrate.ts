import type { z } from 'zod';
import { commentTargetFromKey } from '../../comment-target';
import { CURRENT_SCHEMA_VERSION, DraftFileSchema, type Answer, type DraftFileContent } from '../draft';
import type { CommentTarget } from '../review';
import { DraftV1Schema, type DraftV1 } from './v1-draft';

/** What reading an older file found besides the draft: values the new format no longer keeps in the file. */
export interface MigrationNotes {
  fromVersion: number;
  /** The v1 file's export folder; only a draft in this machine's own library may keep it, as local state. */
  exportFolder: string | null;
}

export type Migrated = { draft: DraftFileContent; notes: MigrationNotes };

/** v1 → v2: answers keyed by question id, comment targets as a tagged union, the export folder out of the file. */
function fromV1(v1: DraftV1): Migrated {
  const answers: Record<string, Answer> = {};
  for (const question of v1.consultation.questions) {
    const old = v1.answers.find((a) => a.questionId === question.id);
    answers[question.id] = { position: old?.position ?? null, rationale: old?.rationale ?? '', confidential: old?.confidential ?? false };
  }
  const comments = v1.comments.map(({ target, ...rest }) => ({
    ...rest,
    target: commentTargetFromKey(target) ?? ({ kind: 'section', section: 'general' } satisfies CommentTarget),
  }));
  const unchanged: Partial<DraftV1> = { ...v1 };
  delete unchanged.exportFolder;
  const draft = DraftFileSchema.parse({ ...unchanged, schemaVersion: CURRENT_SCHEMA_VERSION, answers, comments, conflicts: [] });
  return { draft, notes: { fromVersion: 1, exportFolder: v1.exportFolder } };
}

/** Each older version the app can read, with its schema and the step that brings it to the current format. */
const MIGRATIONS: Record<number, { schema: z.ZodType; migrate: (old: never) => Migrated }> = {
  1: { schema: DraftV1Schema, migrate: fromV1 as (old: never) => Migrated },
};

export type MigrationResult = { ok: true; migrated: Migrated } | { ok: false; problem: string };

/** Whether a file of this format version can be brought up to date. */
export function canMigrate(version: number): boolean {
  return version in MIGRATIONS;
}

/** Reads an older draft file's JSON into the current format, or says in plain words why it cannot. */
export function migrateDraft(json: unknown, version: number): MigrationResult {
  const step = MIGRATIONS[version];
  if (!step) return { ok: false, problem: `This draft file has format ${version}, which this app cannot read.` };
  const parsed = step.schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the file';
    return { ok: false, problem: `The file is not a valid response draft of format ${version} (${where}: ${issue?.message ?? 'invalid'}).` };
  }
  return { ok: true, migrated: step.migrate(parsed.data as never) };
}
