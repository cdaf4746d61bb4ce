import { resolve } from 'node:path';
import type { Consultation } from '../../shared/model';
import { parseCommandArguments } from '../arguments';
import { EXIT, type CliIo } from '../cli-error';
import type { CliServices } from '../services';

function describe(consultation: Consultation): string {
  const deadline = consultation.respondBy ? `${consultation.respondBy.date}${consultation.respondBy.time ? ` ${consultation.respondBy.time}` : ''}` : 'not found';
  return [
    `Title:       ${consultation.title}`,
    `Issuer:      ${consultation.issuer || 'not found'}`,
    `Reference:   ${consultation.reference || 'not found'}`,
    `Issued on:   ${consultation.issuedOn ?? 'not found'}`,
    `Respond by:  ${deadline}`,
    `Respond to:  ${consultation.responseEmail || 'not found'}`,
    `Questions:   ${consultation.questions.length}`,
    ...consultation.questions.map((q) => `  ${q.label}: ${q.text.replace(/\s+/g, ' ')}`),
  ].join('\n');
}

/** crd import <file> [--json]: the consultation found in a document, as the import screen would propose it. */
export async function importCommand(args: readonly string[], io: CliIo, services: CliServices): Promise<number> {
  const parsed = parseCommandArguments('import', args, { json: { type: 'boolean' } }, { min: 1, max: 1 });
  const result = await (await services.importer()).readPath(resolve(io.cwd, parsed.positionals[0] as string));
  io.stdout.write(`${parsed.values.json ? JSON.stringify(result.consultation, null, 2) : describe(result.consultation)}\n`);
  return EXIT.ok;
}
