/** One line of the benchmark table. */
export interface Row {
  measure: string;
  /** The figure as printed, e.g. "212 ms". */
  value: string;
  detail: string;
  target: string;
  /** null when the line has no target. */
  pass: boolean | null;
}

export function printTable(rows: readonly Row[], notes: readonly string[]): string {
  const header: Row = { measure: 'Measure', value: 'Figure', detail: 'Detail', target: 'Target', pass: null };
  const cells = (r: Row, isHeader = false) => [r.measure, r.value, r.detail, r.target, isHeader ? 'Result' : r.pass === null ? '' : r.pass ? 'PASS' : 'MISS'];
  const all = [cells(header, true), ...rows.map((r) => cells(r))];
  const widths = all[0]!.map((_, c) => Math.max(...all.map((line) => line[c]!.length)));
  const format = (line: string[]) => line.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [format(all[0]!), rule, ...all.slice(1).map(format), '', ...notes.map((n) => `Note: ${n}`)].join('\n');
}
