import type { ExportKind, ResponseDraft } from './model';

/** Some Windows tools and network shares still fail on longer names, with the folder path added on top. */
export const MAX_FILE_NAME_LENGTH = 150;
/** Linux and macOS allow 255 bytes of UTF-8 in a name; 150 characters of, say, Japanese are about 450. */
export const MAX_FILE_NAME_BYTES = 250;

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

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
 * name, and at most MAX_FILE_NAME_LENGTH characters and MAX_FILE_NAME_BYTES bytes with the extension kept.
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
  // Then as many bytes as every system allows, cut from the end (the consultation's title in an export's name).
  const byteRoom = MAX_FILE_NAME_BYTES - utf8Bytes(ext);
  if (utf8Bytes(base) > byteRoom) {
    let kept = '';
    let bytes = 0;
    for (const codePoint of base) {
      bytes += utf8Bytes(codePoint);
      if (bytes > byteRoom) break;
      kept += codePoint;
    }
    base = trimEnds(kept) || fallback;
  }
  return `${base}${ext}`;
}

const KIND_WORDS: Record<ExportKind, { words: string; extension: string }> = {
  'letter-full': { words: 'response', extension: 'docx' },
  'letter-publication': { words: 'response (publication)', extension: 'docx' },
  email: { words: 'response email', extension: 'eml' },
};

/** At most `limit` characters, cut after a whole word where there is one. */
function wholeWords(text: string, limit: number): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= limit) return text;
  const cut = codePoints.slice(0, limit + 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return trimEnds(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : codePoints.slice(0, limit).join(''));
}

/**
 * e.g. "Acme Energy Ltd - response - Further consultation on the date for ….docx",
 * or "… - DRAFT response - …" before sign-off, so a draft file is never
 * mistaken for the signed one. Named after the consultation's title, which
 * the reader knows, never an internal reference or file name.
 */
export function exportFileName(draft: ResponseDraft, kind: ExportKind): string {
  // Capped so the words that tell the kinds apart always survive the length limit.
  const organisation = trimEnds(Array.from(cleanPart(draft.respondent.organisation)).slice(0, 60).join('')) || 'Response';
  const { words, extension } = KIND_WORDS[kind];
  const what = draft.signOff === null ? `DRAFT ${words}` : words;
  const stem = `${organisation} - ${what}`;
  const room = MAX_FILE_NAME_LENGTH - extension.length - 1 - Array.from(stem).length - ' - '.length;
  const consultation = wholeWords(cleanPart(draft.consultation.title), room);
  return safeFileName(consultation ? `${stem} - ${consultation}` : stem, extension);
}
