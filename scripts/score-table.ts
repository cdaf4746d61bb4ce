/** The totals and per-document marks score:import and score:import-as-pdf print. */
import type { DocumentScore } from '../test/shared/import/corpus';

export function percent(part: number, whole: number): string {
  return whole === 0 ? '   -' : `${Math.round((100 * part) / whole)}%`.padStart(4);
}

export function mark(right: boolean | null): string {
  return right === null ? ' ' : right ? '✓' : '✗';
}

export function totals(label: string, scores: readonly DocumentScore[]): string[] {
  const sum = (pick: (score: DocumentScore) => number): number => scores.reduce((total, score) => total + pick(score), 0);
  const found = sum((s) => s.questionsFound);
  const truth = sum((s) => s.questionsTrue);
  const returned = sum((s) => s.questionsReturned);
  const labelsScored = sum((s) => s.labelsScored);
  const labels = sum((s) => s.labelsExact);
  const deadlines = scores.filter((s) => s.deadlineRight).length;
  const withAddress = scores.filter((s) => s.addressRight !== null);
  const withTitle = scores.filter((s) => s.titleRight !== null);
  return [
    `${label} (${scores.length} documents)`,
    `  questions found      ${found}/${truth}  recall ${percent(found, truth)}`,
    `  precision            ${found}/${returned} returned are real questions  ${percent(found, returned)}  (${returned - found} invented)`,
    `  exact labels         ${labels}/${labelsScored}  ${percent(labels, labelsScored)}`,
    `  deadlines right      ${deadlines}/${scores.length}  ${percent(deadlines, scores.length)}  (incl. "not found" where none is printed)`,
    `  addresses right      ${withAddress.filter((s) => s.addressRight).length}/${withAddress.length}  ${percent(withAddress.filter((s) => s.addressRight).length, withAddress.length)}`,
    `  titles right         ${withTitle.filter((s) => s.titleRight).length}/${withTitle.length}  ${percent(withTitle.filter((s) => s.titleRight).length, withTitle.length)}`,
  ];
}
