/**
 * One figure of the benchmark, as written to bench/results.json. `goal` is
 * the upper bound from the goals in the same unit (pass = value <
 * goal); null for a figure that is only reported.
 */
export interface Result {
  name: string;
  value: number;
  unit: string;
  goal: number | null;
  pass: boolean | null;
}

export function result(name: string, value: number, unit: string, goal: number | null = null): Result {
  return { name, value: Math.round(value * 10) / 10, unit, goal, pass: goal === null ? null : value < goal };
}

export function printTable(rows: readonly Result[], notes: readonly string[]): string {
  const cells = (r: Result) => [r.name, `${r.value} ${r.unit}`, r.goal === null ? '' : `< ${r.goal} ${r.unit}`, r.pass === null ? '' : r.pass ? 'PASS' : 'MISS'];
  const all = [['Figure', 'Value', 'Goal', 'Result'], ...rows.map(cells)];
  const widths = all[0]!.map((_, c) => Math.max(...all.map((line) => line[c]!.length)));
  const format = (line: string[]) => line.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [format(all[0]!), rule, ...all.slice(1).map(format), '', ...notes.map((n) => `Note: ${n}`)].join('\n');
}
