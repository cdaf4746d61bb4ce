import { answerFor } from './draft-changes/content';
import { confidentialParts } from './markdown/confidential-marks';
import type { Question, ResponseDraft } from './model';

/** A part of the response marked confidential in the answers' text, with where it is and why. */
export interface MarkedPart {
  id: string;
  /** The questions whose answers hold it, in question order (usually one). */
  questions: Question[];
  /** Its words, one entry per marked span. */
  texts: string[];
  /** The reason given for it, as typed; '' when none yet. */
  reason: string;
}

/** Every marked part of the draft, in the order they appear in the answers. */
export function markedParts(draft: ResponseDraft): MarkedPart[] {
  const parts = new Map<string, MarkedPart>();
  for (const question of draft.consultation.questions) {
    const answer = answerFor(draft, question.id);
    if (!answer) continue;
    for (const { id, texts } of confidentialParts(answer.rationale)) {
      const part = parts.get(id) ?? { id, questions: [], texts: [], reason: draft.confidentiality.partReasons[id] ?? '' };
      if (!part.questions.includes(question)) part.questions.push(question);
      part.texts.push(...texts);
      parts.set(id, part);
    }
  }
  return [...parts.values()];
}

/** The first words of a part, short enough for a list or a message. */
export function partExcerpt(part: MarkedPart, maxLength = 60): string {
  const text = part.texts.join(' … ').replace(/\s+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
