import { confidentialSegments, stripConfidentialMarkers } from '../markdown/confidential-marks';
import { parseRichText, type RichBlock, type Run } from '../markdown/rich-text';
import { REDACTED_TEXT } from './letter';

/**
 * A rationale with confidential marks, as rich blocks for the letter.
 *
 * The marks are swapped for sentinels before the Markdown is parsed and found
 * again in the parsed runs, so a mark keeps its place inside bold text, lists
 * and links. Each sentinel opens and closes with Unicode punctuation (⸨ ⸩),
 * which Markdown's emphasis rules treat as it treats the braces of the
 * markers themselves; the part number rides in a private-use character.
 */
const OPEN = '⸨';
const CLOSE = '⸩';
const PART_BASE = 0xe100;
const REDACTION = `${OPEN}\ue0ff${CLOSE}`;
const openPart = (part: number) => `${OPEN}${String.fromCharCode(PART_BASE + part)}${OPEN}`;
const SENTINEL = /⸨([\ue000-\uf8ff])⸨|⸨\ue0ff⸩|⸩/g;

/** The label printed before a marked part in the full letter. */
export function partLabel(part: number): string {
  return `Confidential ${part}`;
}

/** What a user typed that could be read as a sentinel is changed first; these characters are all but unused. */
function withoutSentinelCharacters(text: string): string {
  return text.replace(/⸨/g, '((').replace(/⸩/g, '))').replace(/[\ue000-\uf8ff]/g, '');
}

export type RationaleMode =
  /** Marks ignored (nothing confidential by part): the words are printed, the markers never. */
  | { kind: 'plain' }
  /** The full letter: each marked part labelled and shaded, numbered by `partNumbers`. */
  | { kind: 'marked'; partNumbers: ReadonlyMap<string, number> }
  /** The publication version: each marked part replaced by REDACTED_TEXT before parsing, so none of it is kept. */
  | { kind: 'redacted' };

function splitRuns(blocks: readonly RichBlock[], state: { part: number | null }): RichBlock[] {
  return blocks.map((block) => {
    if (block.type === 'paragraph') return { type: 'paragraph', runs: block.runs.flatMap((run) => splitRun(run, state)) };
    return { ...block, items: block.items.map((item) => ({ blocks: splitRuns(item.blocks, state) })) };
  });
}

function splitRun(run: Run, state: { part: number | null }): Run[] {
  const runs: Run[] = [];
  const style = { bold: run.bold, italic: run.italic };
  const push = (text: string) => {
    if (text !== '') runs.push({ text, ...style, ...(state.part !== null ? { mark: { kind: 'confidential', part: state.part } } : {}) });
  };
  let consumed = 0;
  for (const match of run.text.matchAll(SENTINEL)) {
    push(run.text.slice(consumed, match.index));
    consumed = match.index + match[0].length;
    const [token, partCharacter] = match;
    if (token === REDACTION) {
      runs.push({ text: REDACTED_TEXT, ...style, mark: { kind: 'redacted' } });
    } else if (partCharacter !== undefined) {
      state.part = partCharacter.charCodeAt(0) - PART_BASE;
      runs.push({ text: `[${partLabel(state.part)}: `, ...style, mark: { kind: 'label', part: state.part } });
    } else if (state.part !== null) {
      runs.push({ text: ']', ...style, mark: { kind: 'label', part: state.part } });
      state.part = null;
    }
  }
  push(run.text.slice(consumed));
  return runs;
}

/** The rationale as the letter prints it; see RationaleMode. */
export function letterRationale(raw: string, mode: RationaleMode): RichBlock[] {
  if (mode.kind === 'plain') return parseRichText(stripConfidentialMarkers(raw));
  const segments = confidentialSegments(raw);
  if (segments.every((s) => s.markId === null)) return parseRichText(stripConfidentialMarkers(raw));
  const source = segments
    .map(({ text, markId }) => {
      const clean = withoutSentinelCharacters(text);
      if (markId === null) return clean;
      if (mode.kind === 'redacted') return REDACTION;
      return `${openPart(mode.partNumbers.get(markId) ?? 0)}${clean}${CLOSE}`;
    })
    .join('');
  return splitRuns(parseRichText(source), { part: null });
}
