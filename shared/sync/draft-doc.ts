import { dequal } from 'dequal/lite';
import * as Y from 'yjs';
import { spliceText } from './text-edits';
import type { ConflictRecord, DraftFileContent, DraftStatus, HistoryEntry, ReviewComment, SentRecord, SignOff } from '../model';

/**
 * A draft as a Yjs document, so edits made at the same time by several people
 * merge instead of overwriting each other:
 * - answers: a map of question id → map, the rationale a Y.Text (both people's words are kept);
 * - respondent, signatory, confidentiality: maps whose free-text fields are Y.Texts;
 * - comments: a map by comment id; history: an append-only array;
 * - sign-off and sending: an append-only array of decisions, replayed in order,
 *   so of two made at once the first stands and the other becomes a conflict record;
 * - anything else (name, consultation, fields added later): a last-writer value.
 */

type Json = unknown;

const ROOT = 'draft';
/** Fields of the nested sections that are choices, not prose: never merged letter by letter. */
const CHOICE_KEYS = new Set(['category', 'scope', 'position', 'confidential', 'signature']);
const SECTIONS = ['respondent', 'signatory', 'confidentiality'] as const;
const SPECIAL = new Set<string>(['answers', 'comments', 'history', 'conflicts', 'conflictNotes', 'decisions', 'status', 'signOff', 'sent', ...SECTIONS]);

interface Decision {
  id: string;
  by: string;
  at: string;
  from: DraftStatus;
  to: DraftStatus;
  signOff: SignOff | null;
  sent: SentRecord | null;
}

function root(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT);
}

function child<T>(map: Y.Map<unknown>, key: string, make: () => T): T {
  const existing = map.get(key);
  if (existing !== undefined) return existing as T;
  const created = make();
  map.set(key, created);
  return created;
}

/** Deep equality of JSON values, without stringifying a large draft's every field on each save. */
function same(a: Json, b: Json): boolean {
  return dequal(a, b);
}

/** A section map: prose fields as texts, choices as values; only fields that changed from `before` are touched. */
function writeSection(map: Y.Map<unknown>, before: Record<string, Json> | undefined, after: Record<string, Json>): void {
  for (const [key, value] of Object.entries(after)) {
    if (before && same(before[key], value) && map.has(key)) continue;
    if (typeof value === 'string' && !CHOICE_KEYS.has(key)) {
      const existing = map.get(key);
      if (existing instanceof Y.Text) spliceText(existing, value);
      else map.set(key, new Y.Text(value));
    } else {
      map.set(key, value);
    }
  }
}

function readSection(map: Y.Map<unknown> | undefined): Record<string, Json> {
  const out: Record<string, Json> = {};
  if (!map) return out;
  for (const [key, value] of map.entries()) out[key] = value instanceof Y.Text ? value.toString() : value;
  return out;
}

export interface ChangeAuthor {
  /** Who made the change, for conflict records: "Priya Shah on LAPTOP-7". */
  name: string;
  newId: () => string;
}

/**
 * Applies the difference between two versions of a draft to the document: only
 * what changed from `before` to `after` is written, so whatever others changed
 * meanwhile stays. With `before` null the whole draft is written (a new document).
 */
export function applyDraftChange(doc: Y.Doc, before: DraftFileContent | null, after: DraftFileContent, author: ChangeAuthor): void {
  doc.transact(() => {
    const map = root(doc);
    const b = before as unknown as Record<string, Json> | null;
    const a = after as unknown as Record<string, Json>;
    for (const [key, value] of Object.entries(a)) {
      if (SPECIAL.has(key)) continue;
      if (b && same(b[key], value) && map.has(key)) continue;
      map.set(key, value);
    }
    for (const section of SECTIONS) {
      writeSection(child(map, section, () => new Y.Map()), b?.[section] as Record<string, Json> | undefined, a[section] as Record<string, Json>);
    }
    const answers = child(map, 'answers', () => new Y.Map<Y.Map<unknown>>());
    for (const [questionId, answer] of Object.entries(after.answers)) {
      writeSection(child(answers as Y.Map<unknown>, questionId, () => new Y.Map()), before?.answers[questionId], answer);
    }
    const comments = child(map, 'comments', () => new Y.Map<ReviewComment>());
    const previous = new Map((before?.comments ?? []).map((c) => [c.id, c]));
    for (const comment of after.comments) {
      const was = previous.get(comment.id);
      if (!was || !same(was, comment)) comments.set(comment.id, comment);
    }
    for (const id of previous.keys()) if (!after.comments.some((c) => c.id === id)) comments.delete(id);
    const history = child(map, 'history', () => new Y.Array<HistoryEntry>());
    // Lines this change adds name who made it, so a shared draft's timeline says who changed what. The first
    // state's lines (a draft becoming shared) are not stamped: they may predate this writer.
    const added = before ? after.history.slice(sharedPrefix(before.history, after.history)).map((entry) => (entry.by ? entry : { ...entry, by: author.name })) : after.history;
    if (added.length > 0) history.push(added);
    // Conflicts recorded directly (an outside edit kept aside, say) are kept alongside those from decisions.
    const notes = child(map, 'conflictNotes', () => new Y.Array<ConflictRecord>());
    const knownConflicts = new Set((before?.conflicts ?? []).map((c) => c.id));
    const newConflicts = after.conflicts.filter((c) => !knownConflicts.has(c.id));
    if (before && newConflicts.length > 0) notes.push(newConflicts);
    const decisions = child(map, 'decisions', () => new Y.Array<Decision>());
    if (!before) {
      map.set('base', { status: after.status, signOff: after.signOff, sent: after.sent });
      if (after.conflicts.length > 0) notes.push(after.conflicts);
    } else if (before.status !== after.status || !same(before.signOff, after.signOff) || !same(before.sent, after.sent)) {
      decisions.push([{ id: author.newId(), by: author.name, at: after.updatedAt, from: before.status, to: after.status, signOff: after.signOff, sent: after.sent }]);
    }
  });
}

function sharedPrefix(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): number {
  let i = 0;
  while (i < a.length && i < b.length && same(a[i], b[i])) i += 1;
  return i;
}

const STATUS_WORDS: Record<DraftStatus, string> = {
  drafting: 'being drafted',
  'in-review': 'in review',
  'signed-off': 'signed off',
  sent: 'sent',
  closed: 'closed',
};

/**
 * Replays the decisions in their merged order: each stands only if the draft
 * was still in the state it was taken from; a later one that no longer fits
 * (a second sign-off, say) is kept as a conflict record saying why.
 */
function replayDecisions(map: Y.Map<unknown>): { status: DraftStatus; signOff: SignOff | null; sent: SentRecord | null; conflicts: ConflictRecord[] } {
  const base = map.get('base') as { status: DraftStatus; signOff: SignOff | null; sent: SentRecord | null } | undefined;
  let state = { status: base?.status ?? 'drafting', signOff: base?.signOff ?? null, sent: base?.sent ?? null };
  let lastBy = '';
  const conflicts: ConflictRecord[] = [];
  const decisions = (map.get('decisions') as Y.Array<Decision> | undefined)?.toArray() ?? [];
  for (const d of decisions) {
    if (d.from === state.status) {
      state = { status: d.to, signOff: d.signOff, sent: d.sent };
      lastBy = d.by;
    } else {
      conflicts.push({
        id: d.id,
        at: d.at,
        by: d.by,
        summary: `${d.by}'s step to make the draft ${STATUS_WORDS[d.to]} was not taken: ${lastBy || 'someone else'} had already made it ${STATUS_WORDS[state.status]}.`,
      });
    }
  }
  return { ...state, conflicts };
}

/** The draft's workflow status alone, without reading the whole draft out of the document. */
export function statusFromDoc(doc: Y.Doc): DraftStatus {
  return replayDecisions(root(doc)).status;
}

/** The draft the document holds now. */
/** Whether the document holds a draft at all: nothing does until an origin or someone's changes are read into it. */
export function holdsDraft(doc: Y.Doc): boolean {
  return root(doc).has('schemaVersion');
}

export function draftFromDoc(doc: Y.Doc): DraftFileContent {
  const map = root(doc);
  const out: Record<string, Json> = {};
  for (const [key, value] of map.entries()) {
    if (SPECIAL.has(key) || key === 'base') continue;
    out[key] = value;
  }
  for (const section of SECTIONS) out[section] = readSection(map.get(section) as Y.Map<unknown> | undefined);
  const answers: Record<string, Json> = {};
  const answerMap = map.get('answers') as Y.Map<Y.Map<unknown>> | undefined;
  const questions = (out.consultation as { questions?: { id: string }[] } | undefined)?.questions ?? [];
  for (const q of questions) answers[q.id] = readSection(answerMap?.get(q.id));
  out.answers = answers;
  const comments = [...((map.get('comments') as Y.Map<ReviewComment> | undefined)?.values() ?? [])];
  out.comments = comments.sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id));
  out.history = (map.get('history') as Y.Array<HistoryEntry> | undefined)?.toArray() ?? [];
  const { conflicts, ...decided } = replayDecisions(map);
  Object.assign(out, decided);
  const notes = (map.get('conflictNotes') as Y.Array<ConflictRecord> | undefined)?.toArray() ?? [];
  out.conflicts = [...notes, ...conflicts].sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id));
  return out as DraftFileContent;
}

export function docFromUpdate(update: Uint8Array | null): Y.Doc {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc;
}
