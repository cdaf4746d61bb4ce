import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, DraftFileSchema, type DraftFileContent, type ResponseDraft } from '../../shared/model';
import { canMigrate, migrateDraft, type MigrationNotes } from '../../shared/model/migrations/migrate';
import { jsonPiecesInLayouts } from './json-pieces';
import { contentHasher } from './sync/content-hash';

/** The extension of a draft file, in the library or saved elsewhere for a colleague. */
export const DRAFT_EXTENSION = '.crdraft';

/**
 * Far above any real draft (the benchmark's 60 answers of 800 words make a 450 KB file): a larger file is not
 * read at all, so a huge or hostile file named .crdraft cannot hold up or exhaust the main process.
 */
export const MAX_DRAFT_FILE_BYTES = 50 * 1024 * 1024;

/** What the app writes beside the content of a shared draft (see sync/shared-draft.ts); absent in older files. */
// `state` identifies the merged state, deletions included; files from before it was written lack it, and their
// `stateVector` (kept for those apps) is not enough to tell an outside edit was made from the state we hold.
const SnapshotMarkSchema = z.object({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  stateVector: z.string().max(1_000_000),
  state: z.string().max(2_000_000).optional(),
});
export type SnapshotMark = z.infer<typeof SnapshotMarkSchema>;

export type DraftFileReading =
  | { ok: true; draft: DraftFileContent; migration: MigrationNotes | null; mark: SnapshotMark | null }
  | { ok: false; futureVersion: boolean; problem: string };

/**
 * Reads a draft file's bytes, just read from `path`, into its text and what that text holds: readDraftHere, or
 * the same made elsewhere from the file itself (the app reads large files in its worker process, see
 * worker/worker-draft-check.ts, and then decodes the text only of a file that holds a draft).
 */
export type ReadDraft = (bytes: Buffer, path: string) => Promise<{ text: string; reading: DraftFileReading }>;

/** ReadDraft in this process. */
export async function readDraftHere(bytes: Buffer): Promise<{ text: string; reading: DraftFileReading }> {
  const text = bytes.toString('utf8');
  return { text, reading: readDraftText(text) };
}

/** A reading made in the worker process, checked again where it arrives (see worker/worker-draft-check.ts). */
export const DraftFileReadingSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    draft: DraftFileSchema,
    migration: z.object({ fromVersion: z.number().int(), exportFolder: z.string().max(4096).nullable() }).nullable(),
    mark: SnapshotMarkSchema.nullable(),
  }),
  z.object({ ok: z.literal(false), futureVersion: z.boolean(), problem: z.string().max(2000) }),
]);

/**
 * From this many bytes a draft file is checked in the worker process when the library is given one: a hostile
 * file of a hundred thousand small entries costs seconds to decode and parse, and only the worker may spend them.
 * The benchmark's large draft (60 answers of 800 words) is about 450,000.
 */
export const CHECK_ELSEWHERE_FROM_BYTES = 2_000_000;

function describeIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'the file';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

/** Reads a draft file's text, bringing an older format up to date, and says in plain words what is wrong when it cannot. */
export function readDraftText(text: string): DraftFileReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, futureVersion: false, problem: 'The file is not valid JSON: it may be incomplete or damaged.' };
  }
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      futureVersion: true,
      problem: `This draft was saved by a newer version of the app (format ${version}; this app reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`,
    };
  }
  if (typeof version === 'number' && version < CURRENT_SCHEMA_VERSION && canMigrate(version)) {
    const result = migrateDraft(json, version);
    return result.ok ? { ok: true, draft: result.migrated.draft, migration: result.migrated.notes, mark: null } : { ok: false, futureVersion: false, problem: result.problem };
  }
  const parsed = DraftFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, futureVersion: false, problem: `The file is not a valid response draft (${describeIssue(parsed.error)}).` };
  const mark = SnapshotMarkSchema.safeParse((json as { sharedState?: unknown }).sharedState);
  return { ok: true, draft: parsed.data, migration: null, mark: mark.success ? mark.data : null };
}

/** The file's content: the draft without the fields that only this machine may decide. */
export function fileContent(draft: ResponseDraft | DraftFileContent): DraftFileContent {
  // Content already without them is returned as it is, so what is worked out for it (its hash) is kept for it.
  if (!Object.hasOwn(draft, 'exportFolder') && !Object.hasOwn(draft, 'syncRevision')) return draft as DraftFileContent;
  const content: Partial<ResponseDraft> = { ...draft };
  delete content.exportFolder;
  delete content.syncRevision;
  return content as DraftFileContent;
}

/** The content's text as the draft file holds it, before any mark. */
function contentText(draft: ResponseDraft | DraftFileContent): string {
  return JSON.stringify(fileContent(draft), null, 2);
}

/** The file's text, for a draft that is not shared (a shared draft's file carries a mark: markedDraftFile). */
export function serialiseDraft(draft: ResponseDraft | DraftFileContent): string {
  return `${contentText(draft)}\n`;
}

export interface MarkedDraftFile {
  /** The file's text, made of the same pieces as `bytes`; only flattened into one string if someone reads it. */
  text: string;
  /** The text as UTF-8, in parts of about CHUNK_CHARACTERS each, never one large string or buffer. */
  bytes: readonly Uint8Array[];
  mark: SnapshotMark;
}

/** Pieces are encoded a few pages at a time: one call per answer field would cost more than it saves. */
const CHUNK_CHARACTERS = 32 * 1024;

/**
 * A shared draft's file: its content with the mark as its last field, byte for byte what
 * `JSON.stringify({ ...content, sharedState: mark }, null, 2)` and a line break give, made piece by piece. Making
 * that text as one string and encoding it cost a save of the large draft about 8 ms on this machine, most of it
 * V8 flattening the fresh megabyte string; in pieces it is about 2 ms. The mark says which merged state the content
 * shows, and holds the content's hash: `markFor` is called once that hash is taken, in the same walk over the draft
 * as the file's text (see sync/content-hash.ts), so asking for it there costs nothing.
 */
export function markedDraftFile(content: ResponseDraft | DraftFileContent, markFor: (content: DraftFileContent) => SnapshotMark): MarkedDraftFile {
  const bytes: Uint8Array[] = [];
  let text = '';
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    const chunk = pending.join('');
    bytes.push(Buffer.from(chunk));
    text += chunk;
    pending = [];
    pendingLength = 0;
  };
  // The last piece, the content's closing brace, stays pending: the mark goes in before it.
  const filePiece = (piece: string) => {
    if (pendingLength >= CHUNK_CHARACTERS) flush();
    pending.push(piece);
    pendingLength += piece.length;
  };
  const stripped = fileContent(content);
  const hasher = contentHasher();
  jsonPiecesInLayouts(stripped, 3, [{ indent: '', sink: hasher.sink }, { indent: '  ', sink: filePiece }]);
  hasher.finish(stripped);
  const mark = markFor(stripped);
  // As stringify writes the mark as the last field, indented.
  const markField = JSON.stringify({ sharedState: mark }, null, 2).slice(1, -2);
  const closing = pending.pop();
  pending.push(closing === '{}' ? `{${markField}\n}\n` : `,${markField}\n}\n`);
  flush();
  return { text, bytes, mark };
}
