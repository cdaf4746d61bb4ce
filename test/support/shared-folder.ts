import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftLibrary } from '../../electron/services/draft-library';
import type { DraftLibrary } from '../../electron/services/contracts';
import type { Consultation, DraftFileContent, ResponseDraft } from '../../shared/model';
import { dccConsultation } from './sample-draft';

/** A consultation with three questions, so people can answer different ones. */
export const teamConsultation: Consultation = {
  ...dccConsultation,
  id: 'team-consultation',
  source: 'typed',
  questions: [1, 2, 3].map((n) => ({ id: `q-${n}`, label: `Q${n}`, text: `Question ${n}: do you agree?`, section: '', kind: 'agree' as const })),
};

export interface SharedFolder {
  scratch: string;
  /** The draft file on the "shared drive". */
  path: string;
  /** One library per person, each in its own folder, as on their own machines. */
  libraries: DraftLibrary[];
  /** Person `index`'s app started again: a new library on their own folder, as after closing and reopening the app. */
  restart(index: number): DraftLibrary;
  remove(): Promise<void>;
}

/**
 * A draft kept in a shared folder and opened by `people` writers, each with
 * their own library (and so their own writer id), the way colleagues open one
 * file on a network drive.
 */
export async function draftInSharedFolder(people: number, options: { merge?: boolean; clock?: () => Date; foldLogAfterBytes?: number } = {}): Promise<SharedFolder> {
  const scratch = await mkdtemp(join(tmpdir(), 'crd-shared-'));
  const sharedFolder = join(scratch, 'shared');
  await mkdir(sharedFolder);
  const libraryOf = (i: number) => createDraftLibrary({ folder: join(scratch, `person-${i + 1}`), writerName: `Person ${i + 1} on PC-${i + 1}`, merge: options.merge, clock: options.clock, foldLogAfterBytes: options.foldLogAfterBytes });
  const libraries = Array.from({ length: people }, (_, i) => libraryOf(i));
  const first = libraries[0]!;
  await first.addConsultation(teamConsultation);
  const started = await first.create(teamConsultation.id);
  const path = join(sharedFolder, 'response.crdraft');
  await first.saveCopy(started.id, path);
  await first.remove(started.id);
  return { scratch, path, libraries, restart: libraryOf, remove: () => rm(scratch, { recursive: true, force: true }) };
}

export function withAnswer(draft: ResponseDraft, questionId: string, rationale: string): ResponseDraft {
  const answer = draft.answers[questionId] ?? { position: null, rationale: '', confidential: false };
  return { ...draft, answers: { ...draft.answers, [questionId]: { ...answer, rationale } } };
}

/** The draft file's content with the sample consultation's question (Dates Q1) answered by `rationale`. */
export function withQ1(before: DraftFileContent, rationale: string): DraftFileContent {
  return { ...before, answers: { ...before.answers, 'dates-q1': { ...before.answers['dates-q1']!, rationale } } };
}
