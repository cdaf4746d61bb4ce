import { ImportError } from '../../../shared/import/import-result';

/** Control characters that never appear in a text document (tab, line feed, form feed and carriage return do). */
function hasBinaryControl(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b) return true;
  }
  return false;
}

function notText(fileName: string, why: string): ImportError {
  return new ImportError(
    'mismatched-type',
    `"${fileName}" is named as a text file but ${why}, so it was not imported. If it is a Word or PDF document, give it its real extension (.docx or .pdf); if it is text, open it in a text editor and save it again as UTF-8.`,
  );
}

/**
 * Text from a .txt or .md file: UTF-8 (or UTF-16 with a byte order mark),
 * without the BOM. Bytes that are not valid in that encoding, or control
 * characters only binary files hold, are refused rather than shown as "�".
 */
export function decodeText(bytes: Uint8Array, fileName = 'The file'): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(utf16 ? bytes.subarray(2) : bytes);
  } catch {
    throw notText(fileName, utf16 ? 'is not valid UTF-16 text' : 'is not valid UTF-8 text (it may be binary, or saved in an older encoding)');
  }
  if (hasBinaryControl(text)) throw notText(fileName, 'holds binary data, not text');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
