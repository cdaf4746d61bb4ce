import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ImportError } from '../../../shared/import/import-result';
import { layoutPageText } from './pdf-layout';
import { checkPdfStreams } from './pdf-stream-guard';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfLimits {
  maxPages: number;
  maxChars: number;
  /** A page of A4 holds some 10,000 characters; far more on one page is not a document. */
  maxCharsPerPage: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 2000, maxChars: 20_000_000, maxCharsPerPage: 200_000 };

let pdfjsLoaded: Promise<PdfJs> | null = null;

/**
 * The built-ins the legacy build's core-js replaces with JavaScript versions when loaded in Node 20 (measured:
 * JSON.stringify of the large draft 2.9 → 47 ms, JSON.parse with a reviver 1 → 32 ms; Array.prototype.push is
 * swapped for one that sets `length` on every call). They would stay replaced for the whole process, slowing every
 * export the worker makes after it has loaded pdf.js. The originals do all pdf.js asks of them, so they are put back.
 */
function keepBuiltIns(): () => void {
  const { push } = Array.prototype;
  const { stringify, parse } = JSON;
  const { toString } = Function.prototype;
  return () => {
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, 'stringify', { value: stringify, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(Function.prototype, 'toString', { value: toString, writable: true, configurable: true, enumerable: false });
  };
}

/**
 * Loads pdf.js for Node. Its worker code runs on this thread: putting the
 * worker module on globalThis.pdfjsWorker makes pdf.js use it directly
 * instead of importing a worker file by URL, which bundlers and asar break.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoaded ??= (async () => {
    const restoreBuiltIns = keepBuiltIns();
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      restoreBuiltIns();
    }
  })();
  return pdfjsLoaded;
}

/** pdf.js's own CMaps and standard font metrics, read from disk, so nothing is fetched. */
function packagedDataPaths(): { cMapUrl?: string; standardFontDataUrl?: string } {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep };
  } catch {
    return {};
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

export interface PdfContent {
  text: string;
  /** The Title in the PDF's document information, as Word and LibreOffice write it from the document's own title. */
  documentTitle?: string;
}

export interface PdfTask {
  content: Promise<PdfContent>;
  /** Stops pdf.js, for when reading takes too long. */
  cancel: () => void;
}

interface WithMetadata {
  getMetadata(): Promise<{ info: object }>;
}

/** The document information's Title, if it holds text; a PDF without one, or with damaged metadata, has none. */
async function infoTitle(document: WithMetadata): Promise<string | undefined> {
  try {
    const { info } = await document.getMetadata();
    const title = 'Title' in info ? info.Title : undefined;
    return typeof title === 'string' && title.trim() !== '' ? title.trim().slice(0, 1000) : undefined;
  } catch {
    return undefined;
  }
}

function tooMuchText(fileName: string, where: string): ImportError {
  return new ImportError('too-large', `"${fileName}" has more text ${where} than can be imported. Import the part of the document with the questions, saved as its own PDF.`);
}

interface PageLike {
  streamTextContent(): ReadableStream<{ items: unknown[] }>;
}

/** A page's text items, read as pdf.js produces them and refused as soon as they pass the page's limit. */
async function pageTextItems(page: PageLike, maxChars: number, fileName: string, pageNumber: number): Promise<TextItem[]> {
  const reader = page.streamTextContent().getReader();
  const items: TextItem[] = [];
  let chars = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return items;
    for (const item of value.items) {
      if (!isTextItem(item)) continue;
      chars += item.str.length;
      items.push(item);
    }
    if (chars > maxChars) {
      await reader.cancel();
      throw tooMuchText(fileName, `on page ${pageNumber}`);
    }
  }
}

/** The text of a PDF, page by page (pages end with a form feed), lines and paragraphs kept, and its title property. */
export function extractPdfText(
  fileName: string,
  bytes: Uint8Array,
  limits: PdfLimits = DEFAULT_PDF_LIMITS,
  onPage: (page: number, pages: number) => void = () => {},
): PdfTask {
  let destroy: (() => Promise<void>) | null = null;
  let cancelled = false;
  const content = (async (): Promise<PdfContent> => {
    await checkPdfStreams(fileName, bytes);
    const pdfjs = await loadPdfJs();
    if (cancelled) throw new Error('cancelled');
    const task = pdfjs.getDocument({
      // pdf.js takes ownership of the buffer it is given and refuses Node Buffers, so give it a plain copy.
      data: new Uint8Array(bytes),
      ...packagedDataPaths(),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      useWorkerFetch: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
    destroy = () => task.destroy();
    try {
      const document = await task.promise;
      if (document.numPages > limits.maxPages) {
        throw new ImportError(
          'too-large',
          `"${fileName}" has ${document.numPages} pages, more than the ${limits.maxPages} that can be imported. Import the part of the document with the questions, saved as its own PDF.`,
        );
      }
      const pages: string[] = [];
      let total = 0;
      for (let number = 1; number <= document.numPages && !cancelled; number += 1) {
        onPage(number, document.numPages);
        const page = await document.getPage(number);
        const pageText = layoutPageText(await pageTextItems(page, limits.maxCharsPerPage, fileName, number));
        page.cleanup();
        total += pageText.length;
        if (total > limits.maxChars) throw tooMuchText(fileName, 'in it');
        pages.push(pageText);
      }
      // Every page ends with a form feed, the last too: a one-page PDF is still paged, so its page number is furniture.
      const text = pages.map((page) => `${page}\n\f`).join('');
      const documentTitle = await infoTitle(document);
      return documentTitle === undefined ? { text } : { text, documentTitle };
    } catch (error) {
      if (error instanceof ImportError) throw error;
      if (errorName(error) === 'PasswordException') {
        throw new ImportError(
          'encrypted',
          `"${fileName}" is protected with a password, so it cannot be read. Open it with the password and save or print it as a new PDF without one, then import that.`,
        );
      }
      throw new ImportError(
        'corrupt',
        `"${fileName}" could not be read as a PDF: it may be damaged or incomplete. If it was downloaded, try getting it again, or open it and save it again as a PDF.`,
      );
    } finally {
      await task.destroy();
    }
  })();
  return {
    content,
    cancel: () => {
      cancelled = true;
      void destroy?.();
    },
  };
}
