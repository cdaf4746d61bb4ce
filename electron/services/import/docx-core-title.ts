import { DOMParser } from '@xmldom/xmldom';
import type JSZip from 'jszip';

const CORE_PROPERTIES = 'docProps/core.xml';
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';
// A title property is one line; anything longer than this is not one and is not read further.
const MAX_CORE_BYTES = 256 * 1024;

/**
 * The title a .docx carries in its own properties (File > Info > Title in Word,
 * `dc:title` in docProps/core.xml), or undefined when it has none or the part
 * cannot be read. The parser decides whether it reads as a consultation's title:
 * templates often leave "Title" or a file name there.
 */
export async function readDocxCoreTitle(zip: JSZip): Promise<string | undefined> {
  const part = zip.file(CORE_PROPERTIES);
  if (!part) return undefined;
  try {
    const bytes = await part.async('uint8array');
    if (bytes.length > MAX_CORE_BYTES) return undefined;
    const xml = new TextDecoder('utf-8').decode(bytes);
    // A damaged properties part must not stop the import: the title is then found in the text.
    const document = new DOMParser({ onError: () => {} }).parseFromString(xml, 'application/xml');
    const title = document.getElementsByTagNameNS(DUBLIN_CORE, 'title')[0]?.textContent ?? '';
    const trimmed = title.replace(/\s+/g, ' ').trim();
    return trimmed === '' ? undefined : trimmed;
  } catch {
    return undefined;
  }
}
