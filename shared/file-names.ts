import type { ExportKind, ResponseDraft } from './model';

/** Some Windows tools and network shares still fail on longer names, with the folder path added on top. */
export const MAX_FILE_NAME_LENGTH = 150;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** One part of a name: no characters any of Windows, macOS or Linux refuses, whitespace collapsed. */
function cleanPart(text: string): string {
  return text
    .replace(/[<>:"/\\|?*]/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function trimEnds(stem: string): string {
  return stem.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

/**
 * A file name that every desktop system accepts: illegal and control
 * characters removed, no leading or trailing dot or space, no Windows device
 * name, and at most MAX_FILE_NAME_LENGTH characters with the extension kept.
 */
export function safeFileName(stem: string, extension: string, fallback = 'Response'): string {
  const ext = `.${cleanPart(extension).replace(/^\.+/, '')}`;
  let base = trimEnds(cleanPart(stem)) || fallback;
  // Windows treats "CON.txt - x" as the device CON: only the part before the first dot counts.
  const device = base.split('.')[0]?.trim() ?? '';
  if (WINDOWS_RESERVED.test(device)) base = `_${base}`;
  const room = MAX_FILE_NAME_LENGTH - ext.length;
  const codePoints = Array.from(base);
  if (codePoints.length > room) base = trimEnds(codePoints.slice(0, room).join('')) || fallback;
  return `${base}${ext}`;
}

const KIND_WORDS: Record<ExportKind, { words: string; extension: string }> = {
  'letter-full': { words: 'response', extension: 'docx' },
  'letter-publication': { words: 'response (publication)', extension: 'docx' },
  email: { words: 'response email', extension: 'eml' },
};

/** e.g. "Acme Energy Ltd - response - date_con_consultation_issued.docx". */
export function exportFileName(draft: ResponseDraft, kind: ExportKind): string {
  // Capped so the words that tell the kinds apart always survive the length limit.
  const organisation = trimEnds(Array.from(cleanPart(draft.respondent.organisation)).slice(0, 60).join('')) || 'Response';
  const consultation = cleanPart(draft.consultation.reference) || cleanPart(draft.consultation.title);
  const { words, extension } = KIND_WORDS[kind];
  const parts = [organisation, words, consultation].filter((p) => p !== '');
  return safeFileName(parts.join(' - '), extension);
}
