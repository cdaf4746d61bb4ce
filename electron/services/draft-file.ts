import { CURRENT_SCHEMA_VERSION, ResponseDraftSchema, type ResponseDraft } from '../../shared/model';

/** The extension of a draft file, in the library or saved elsewhere for a colleague. */
export const DRAFT_EXTENSION = '.crdraft';

export type DraftFileReading =
  | { ok: true; draft: ResponseDraft }
  | { ok: false; futureVersion: boolean; problem: string };

/** Reads a draft file's text, saying in plain words what is wrong when it cannot be used. */
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
  const parsed = ResponseDraftSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the file';
    return { ok: false, futureVersion: false, problem: `The file is not a valid response draft (${where}: ${issue?.message ?? 'invalid'}).` };
  }
  return { ok: true, draft: parsed.data };
}

export function serialiseDraft(draft: ResponseDraft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}
