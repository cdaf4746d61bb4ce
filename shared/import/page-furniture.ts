/**
 * Finds page furniture in text that came from a paginated document: running
 * headers, footers and page numbers repeated at the top or bottom of pages.
 * They would otherwise break a question that runs over a page in two, or be
 * read as part of its text.
 */

export interface PagedLine {
  page: number;
  text: string;
}

import { matchNumberedLabel, matchQuestionLabel } from './question-labels';

const EDGE_LINES = 3;
const PAGE_NUMBER = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$|^[-–—]\s*#\s*[-–—]$/;
// "Page 3 of 7" is furniture wherever an extractor happens to put it on the page.
const NAMED_PAGE_NUMBER = /^(?:.{0,60}\s)?page #(?: of #)?$/;

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** For each line, whether it is page furniture. Only text with page breaks has any. */
export function findPageFurniture(lines: readonly PagedLine[]): boolean[] {
  const furniture = lines.map(() => false);
  // Text with a page break is paged, even when only one page holds text (a one-page PDF ends its page with a form feed).
  if (!lines.some((line) => line.page > 0)) return furniture;
  const pageCount = new Set(lines.filter((line) => line.text.trim() !== '').map((line) => line.page)).size;

  const edgesByPage = new Map<number, number[]>();
  lines.forEach((line, index) => {
    if (line.text.trim() === '') return;
    const list = edgesByPage.get(line.page) ?? [];
    list.push(index);
    edgesByPage.set(line.page, list);
  });

  const candidates: number[] = [];
  const pagesWithKey = new Map<string, Set<number>>();
  for (const [page, indices] of edgesByPage) {
    const edges = new Set([...indices.slice(0, EDGE_LINES), ...indices.slice(-EDGE_LINES)]);
    for (const index of edges) {
      const text = lines[index]?.text ?? '';
      // A form that starts each page with "Question N", or an annex repeating "4. …" at the foot of a page, keeps its questions.
      if (text.length > 150 || matchQuestionLabel(text.trim()) !== null || matchNumberedLabel(text.trim()) !== null) continue;
      candidates.push(index);
      const key = furnitureKey(text);
      const pages = pagesWithKey.get(key) ?? new Set<number>();
      pages.add(page);
      pagesWithKey.set(key, pages);
    }
  }

  lines.forEach((line, index) => {
    if (line.text.length <= 100 && NAMED_PAGE_NUMBER.test(furnitureKey(line.text))) furniture[index] = true;
  });
  const repeatsOn = Math.max(2, Math.ceil(pageCount * 0.5));
  for (const index of candidates) {
    const text = lines[index]?.text.trim() ?? '';
    const key = furnitureKey(text);
    if (key === '') continue;
    // A sentence or an address that happens to end two pages is text, not a running footer.
    const footerLike = !/[.?!,;:]$/.test(text) && !text.includes('@');
    if (PAGE_NUMBER.test(key) || (footerLike && (pagesWithKey.get(key)?.size ?? 0) >= repeatsOn)) furniture[index] = true;
  }
  return furniture;
}
