import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PositionSchema, type Position, type Question, type ResponseDraft } from '../../shared/model';
import { mergeSave } from '../../shared/save-merge';
import { parseCommandArguments, requiredOption, stringOption } from '../arguments';
import { CliError, EXIT, type CliIo } from '../cli-error';
import { updateDraftFile } from '../draft-file-store';
import type { CliServices } from '../services';
import { changeAnswer, changeConfidentiality } from '../../shared/draft-changes';

const normalise = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** The question a label names: its label as printed ("Dates Q1"), its id, or a unique ending ("Q1"). */
export function findQuestion(draft: ResponseDraft, label: string): Question {
  const wanted = normalise(label);
  const questions = draft.consultation.questions;
  const exact = questions.find((q) => normalise(q.label) === wanted) ?? questions.find((q) => q.id === label.trim());
  if (exact) return exact;
  const ending = questions.filter((q) => normalise(q.label).endsWith(` ${wanted}`));
  if (ending.length === 1) return ending[0] as Question;
  const labels = questions.map((q) => `"${q.label}"`).join(', ');
  throw new CliError(ending.length > 1 ? `"${label}" could be any of ${ending.map((q) => `"${q.label}"`).join(', ')}; give the full label.` : `No question "${label}" in this draft. Its questions are ${labels}.`);
}

function parsePosition(text: string | undefined): Position | undefined {
  if (text === undefined) return undefined;
  const parsed = PositionSchema.safeParse(text);
  if (!parsed.success) throw new CliError(`crd set: --position must be one of ${PositionSchema.options.join(', ')}.`);
  return parsed.data;
}

async function readRationale(parsed: Parameters<typeof stringOption>[0], io: CliIo): Promise<string | undefined> {
  const text = stringOption(parsed, 'text');
  const file = stringOption(parsed, 'text-file');
  if (text !== undefined && file !== undefined) throw new CliError('crd set: give --text or --text-file, not both.');
  if (file === undefined) return text;
  const path = resolve(io.cwd, file);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`The text file ${path} could not be read (${error.code ?? 'error'}).`);
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  } catch {
    throw new CliError(`The text file ${path} is not UTF-8 text. Save it as UTF-8 and try again.`);
  }
}

/** crd set <draft> --question <label> [...]: changes one answer, as typing it in the window would. */
export async function setCommand(args: readonly string[], io: CliIo, services: CliServices): Promise<number> {
  const parsed = parseCommandArguments(
    'set',
    args,
    {
      question: { type: 'string' },
      position: { type: 'string' },
      text: { type: 'string' },
      'text-file': { type: 'string' },
      confidential: { type: 'boolean' },
      'not-confidential': { type: 'boolean' },
    },
    { min: 1, max: 1 },
  );
  const label = requiredOption('set', parsed, 'question');
  const position = parsePosition(stringOption(parsed, 'position'));
  const rationale = await readRationale(parsed, io);
  if (parsed.values.confidential && parsed.values['not-confidential']) throw new CliError('crd set: give --confidential or --not-confidential, not both.');
  const confidential = parsed.values.confidential ? true : parsed.values['not-confidential'] ? false : undefined;
  if (position === undefined && rationale === undefined && confidential === undefined) {
    throw new CliError('crd set: nothing to change; give --position, --text, --text-file or --confidential.');
  }
  const path = resolve(io.cwd, parsed.positionals[0] as string);
  let changedLabel = label;
  await updateDraftFile(path, (draft) => {
    const question = findQuestion(draft, label);
    changedLabel = question.label;
    if (position !== undefined && question.kind !== 'agree') {
      throw new CliError(`${question.label} does not ask whether you agree, so it takes no position; give only --text.`);
    }
    const now = services.clock();
    const change = Object.fromEntries(Object.entries({ position, rationale, confidential }).filter(([, value]) => value !== undefined));
    const answered = changeAnswer(draft, question.id, change, now);
    // Marking an answer confidential means the response has confidential parts, as in the window.
    const edited: ResponseDraft = confidential && draft.confidentiality.scope === 'none' ? changeConfidentiality(answered, { scope: 'parts' }, now) : answered;
    // The same rules as a save from the window: a locked draft refuses, the timeline notes the edit.
    return mergeSave(draft, edited, now);
  });
  io.stdout.write(`Set ${changedLabel} in ${path}\n`);
  return EXIT.ok;
}
