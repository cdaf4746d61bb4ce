import { resolve } from 'node:path';
import { checkReadiness, type ReadinessItem } from '../../shared/letter/readiness';
import { parseCommandArguments } from '../arguments';
import { EXIT, type CliIo } from '../cli-error';
import { readDraftFile } from '../draft-file-store';

export function readinessLine(item: ReadinessItem): string {
  const severity = item.severity === 'block' ? (item.blocks ? `blocks ${item.blocks.join(', ')}` : 'blocks export') : 'warning';
  return `${severity}: ${item.message}`;
}

/** crd check <draft>: the readiness list; exit 3 when something blocks the export. */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArguments('check', args, {}, { min: 1, max: 1 });
  const { draft } = await readDraftFile(resolve(io.cwd, parsed.positionals[0] as string));
  const items = checkReadiness(draft);
  const blocked = items.some((item) => item.severity === 'block');
  const lines = items.map(readinessLine);
  lines.push(blocked ? 'Not ready to export.' : items.length > 0 ? 'Ready to export, with the warnings above.' : 'Ready to export.');
  io.stdout.write(`${lines.join('\n')}\n`);
  return blocked ? EXIT.notReady : EXIT.ok;
}
