/**
 * A value's JSON text exactly as `JSON.stringify(value, null, indent)` writes it, handed to `sink` in pieces:
 * objects and arrays are split down to `depth` levels, and below that each value is one piece.
 *
 * Why: on this kind of machine the costly part of a large draft's text is not making it but its first use, when
 * V8 flattens JSON.stringify's result into one fresh string of a megabyte. Small pieces are hashed or encoded
 * without any large string being made (see sync/content-hash.ts and draft-file.ts).
 */
export function jsonPieces(value: unknown, depth: number, sink: (piece: string) => void, indent = ''): void {
  jsonPiecesInLayouts(value, depth, [{ indent, sink }]);
}

/** One way of writing a value's JSON: stringify's indent, and where its pieces go. */
export interface JsonLayout {
  indent: string;
  sink: (piece: string) => void;
}

/**
 * The value's JSON in several layouts in one pass, as jsonPieces gives each. A save needs the draft twice, compact
 * for its hash and indented for its file: a string or number reads the same in every layout, so the long answers
 * are stringified once, not once a layout.
 */
export function jsonPiecesInLayouts(value: unknown, depth: number, layouts: readonly JsonLayout[]): void {
  writePieces(value, depth, layouts, layouts.map(() => ''));
}

const skipped = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Plain objects and arrays are split; anything else (a Date, a boxed string) is stringify's own business. */
function splittable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

function writePieces(value: unknown, depth: number, layouts: readonly JsonLayout[], margins: readonly string[]): void {
  if (depth <= 0 || !splittable(value)) {
    if (typeof value !== 'object' || value === null) {
      const text = JSON.stringify(value);
      for (const { sink } of layouts) sink(text);
      return;
    }
    layouts.forEach(({ indent, sink }, i) => {
      const text = JSON.stringify(value, null, indent);
      const margin = margins[i] as string;
      // JSON strings never hold a raw line break, so every line break is the layout's, to be moved in by the margin
      // (which is empty without an indent).
      sink(margin === '' ? text : text.replaceAll('\n', `\n${margin}`));
    });
    return;
  }
  const inners = layouts.map(({ indent }, i) => `${margins[i] as string}${indent}`);
  const [start, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  let count = 0;
  const member = (key: string | null, item: unknown) => {
    const name = key === null ? null : JSON.stringify(key);
    layouts.forEach(({ indent, sink }, i) => {
      const open = indent === '' ? '' : `\n${inners[i] as string}`;
      sink(`${count === 0 ? start : ','}${open}${name === null ? '' : `${name}${indent === '' ? ':' : ': '}`}`);
    });
    count += 1;
    // As stringify does, a value JSON cannot hold stands as null in an array (an object's are left out below).
    if (skipped(item)) for (const { sink } of layouts) sink('null');
    else writePieces(item, depth - 1, layouts, inners);
  };
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) member(null, item);
  } else {
    for (const [key, item] of Object.entries(value)) if (!skipped(item)) member(key, item);
  }
  layouts.forEach(({ indent, sink }, i) => sink(count === 0 ? `${start}${end}` : `${indent === '' ? '' : `\n${margins[i] as string}`}${end}`));
}
