import { resolve } from 'node:path';
import { DRAFT_STATUS_LABELS, POSITION_LABELS, type ResponseDraft } from '../../shared/model';
import { countWords } from '../../shared/progress';
import { parseCommandArguments } from '../arguments';
import { EXIT, type CliIo } from '../cli-error';
import { readDraftFile } from '../draft-file-store';
import { answerFor } from '../../shared/draft-changes';

function describe(draft: ResponseDraft): string {
  const lines = [
    `Draft:         ${draft.name}`,
    `Consultation:  ${draft.consultation.title}`,
    `Status:        ${DRAFT_STATUS_LABELS[draft.status]}`,
    `Organisation:  ${draft.respondent.organisation || '(not given)'}`,
    `Signatory:     ${draft.signatory.name || '(not given)'}`,
    `Confidential:  ${draft.confidentiality.scope === 'none' ? 'nothing' : draft.confidentiality.scope === 'whole' ? 'the whole response' : 'named parts'}`,
    `Updated:       ${draft.updatedAt}`,
  ];
  for (const question of draft.consultation.questions) {
    const answer = answerFor(draft, question.id);
    const position = answer?.position ? POSITION_LABELS[answer.position] : question.kind === 'agree' ? 'no position' : '';
    const words = countWords(answer?.rationale ?? '');
    const parts = [position, `${words} word${words === 1 ? '' : 's'}`, answer?.confidential ? 'confidential' : ''].filter((p) => p !== '');
    lines.push(`  ${question.label}: ${parts.join(', ')}`);
  }
  return lines.join('\n');
}

/** crd show <draft> [--json]: the draft, whole as JSON or summarised. */
export async function showCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArguments('show', args, { json: { type: 'boolean' } }, { min: 1, max: 1 });
  const { draft } = await readDraftFile(resolve(io.cwd, parsed.positionals[0] as string));
  io.stdout.write(`${parsed.values.json ? JSON.stringify(draft, null, 2) : describe(draft)}\n`);
  return EXIT.ok;
}
