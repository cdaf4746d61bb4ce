import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { bundledConsultations } from '../../shared/consultations';
import { ConsultationSchema, EMPTY_RESPONDENT, EMPTY_SIGNATORY, newDraft, type Consultation } from '../../shared/model';
import { parseCommandArguments, requiredOption, stringOption } from '../arguments';
import { CliError, EXIT, type CliIo } from '../cli-error';
import { createDraftFile } from '../draft-file-store';
import type { CliServices } from '../services';
import { DRAFT_EXTENSION } from '../../electron/services/draft-file';

/** A consultation saved as JSON (what `crd import --json` prints, perhaps corrected by hand). */
async function consultationFromJson(path: string): Promise<Consultation> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code ? `${path} could not be read (${code}).` : `${path} is not valid JSON.`);
  }
  const parsed = ConsultationSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${path} is not a consultation (${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}).`);
  }
  return parsed.data;
}

async function chooseConsultation(file: string | undefined, bundled: boolean, io: CliIo, services: CliServices): Promise<Consultation> {
  if (bundled === (file !== undefined)) throw new CliError('crd new: give either a consultation file or --bundled. See "crd help".');
  if (bundled) return bundledConsultations[0] as Consultation;
  const path = resolve(io.cwd, file as string);
  if (extname(path).toLowerCase() === '.json') return consultationFromJson(path);
  return (await (await services.importer()).readPath(path)).consultation;
}

/** crd new (<consultation-file> | --bundled) --to <draft.crdraft>: starts a draft file. */
export async function newCommand(args: readonly string[], io: CliIo, services: CliServices): Promise<number> {
  const parsed = parseCommandArguments(
    'new',
    args,
    {
      bundled: { type: 'boolean' },
      to: { type: 'string' },
      organisation: { type: 'string' },
      signatory: { type: 'string' },
      'job-title': { type: 'string' },
    },
    { min: 0, max: 1 },
  );
  const to = resolve(io.cwd, requiredOption('new', parsed, 'to'));
  if (!to.endsWith(DRAFT_EXTENSION)) throw new CliError(`crd new: the draft file's name must end in ${DRAFT_EXTENSION}.`);
  const consultation = await chooseConsultation(parsed.positionals[0], parsed.values.bundled === true, io, services);
  const draft = newDraft(consultation, {
    id: randomUUID(),
    now: services.clock(),
    respondent: { ...EMPTY_RESPONDENT, organisation: stringOption(parsed, 'organisation') ?? '' },
    signatory: { ...EMPTY_SIGNATORY, name: stringOption(parsed, 'signatory') ?? '', jobTitle: stringOption(parsed, 'job-title') ?? '' },
  });
  await createDraftFile(to, draft);
  io.stdout.write(`${to}\n`);
  return EXIT.ok;
}
