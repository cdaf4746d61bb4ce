/**
 * A value's JSON text exactly as `JSON.stringify(value, null, indent)` writes it, handed to `sink` in pieces:
 * objects and arrays are split down to `depth` levels, and below that each value is one piece.
 *
 * Why: on this kind of machine the costly part of a large draft's text is not making it but its first use, when
 * V8 flattens JSON.stringify's result into one fresh string of a megabyte. Small pieces are hashed or encoded
 * without any large string being made (see sync/content-hash.ts and draft-file.ts).
 */
export function jsonPieces(value: unknown, depth: number, sink: (piece: string) => void, indent = ''): void {
  writePieces(value, depth, sink, indent, '');
}

const skipped = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Plain objects and arrays are split; anything else (a Date, a boxed string) is stringify's own business. */
function splittable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

function writePieces(value: unknown, depth: number, sink: (piece: string) => void, indent: string, margin: string): void {
  if (depth <= 0 || !splittable(value)) {
    const text = JSON.stringify(value, null, indent);
    // JSON strings never hold a raw line break, so every line break is the layout's, to be moved in by the margin
    // (which is empty without an indent).
    sink(margin === '' ? text : text.replaceAll('\n', `\n${margin}`));
    return;
  }
  const inner = margin + indent;
  const open = indent === '' ? '' : `\n${inner}`;
  const colon = indent === '' ? ':' : ': ';
  const [start, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  let count = 0;
  const member = (key: string | null, item: unknown) => {
    sink(`${count === 0 ? start : ','}${open}${key === null ? '' : `${JSON.stringify(key)}${colon}`}`);
    count += 1;
    // As stringify does, a value JSON cannot hold stands as null in an array (an object's are left out below).
    if (skipped(item)) sink('null');
    else writePieces(item, depth - 1, sink, indent, inner);
  };
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) member(null, item);
  } else {
    for (const [key, item] of Object.entries(value)) if (!skipped(item)) member(key, item);
  }
  sink(count === 0 ? `${start}${end}` : `${indent === '' ? '' : `\n${margin}`}${end}`);
}
