import type { ResponseDraft } from './model';
import { answerFor } from './draft-changes/content';

/** Said of a save that changed nothing a section can be named for. */
export const EDITED_THE_DRAFT = 'Edited the draft';

/** Compared as text: these parts are small (a signature image is a few hundred KB at most, and rarely present). */
const sameJson = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * What a save changed, as History lines in the order the response is written:
 * "Edited the answer to Dates Q1", "Edited the confidentiality statement", ...
 * Empty when nothing in the response itself changed.
 */
export function editedParts(before: ResponseDraft, after: ResponseDraft): string[] {
  const parts: string[] = [];
  for (const question of after.consultation.questions) {
    const was = answerFor(before, question.id);
    const now = answerFor(after, question.id);
    const changed = was?.position !== now?.position || was?.rationale !== now?.rationale || was?.confidential !== now?.confidential;
    if (changed) parts.push(`Edited the answer to ${question.label}`);
  }
  if (!sameJson(before.confidentiality, after.confidentiality)) parts.push('Edited the confidentiality statement');
  if (!sameJson(before.respondent, after.respondent)) parts.push('Edited the respondent details');
  if (!sameJson(before.signatory, after.signatory)) parts.push('Edited the signatory');
  if (before.introduction !== after.introduction || !sameJson(before.letterWording, after.letterWording)) parts.push('Edited the letter’s wording');
  if (before.name !== after.name) parts.push(`Renamed the draft “${after.name}”`);
  return parts;
}
