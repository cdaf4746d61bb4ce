import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serialiseDraft } from '../../electron/services/draft-file';
import type { ResponseDraft } from '../../shared/model';
import { SAMPLE_NOW, sampleDraft } from './sample-draft';

const ISSUERS = ['Smart DCC', 'SECAS', 'Ofgem', 'DESNZ'];
const TOPICS = ['re-designation date', 'PPMID firmware', 'CoS dormancy', 'standing charges', 'data access', 'testing windows', 'release scope', 'security keys'];

/**
 * A library of `count` drafts with varied issuers and answers, written straight
 * to disk. Draft n's answer names topic n mod 8 and carries the marker "ref-n",
 * so a test knows exactly which drafts should match.
 */
export async function writeManyDrafts(libraryFolder: string, count: number): Promise<ResponseDraft[]> {
  const folder = join(libraryFolder, 'drafts');
  await mkdir(folder, { recursive: true });
  const drafts: ResponseDraft[] = [];
  for (let n = 0; n < count; n += 1) {
    const base = sampleDraft();
    const issuer = ISSUERS[n % ISSUERS.length]!;
    const topic = TOPICS[n % TOPICS.length]!;
    const draft: ResponseDraft = {
      ...base,
      id: `draft-${String(n).padStart(4, '0')}`,
      name: `Response ${n} on ${topic}`,
      updatedAt: new Date(SAMPLE_NOW.getTime() + n * 60_000).toISOString(),
      consultation: { ...base.consultation, id: `consultation-${n}`, issuer, title: `Consultation ${n} on ${topic}` },
      answers: { 'dates-q1': { ...base.answers['dates-q1']!, rationale: `Our view on the ${topic} is set out here (ref-${n}). ${'We support the proposal in general terms. '.repeat(20)}` } },
    };
    drafts.push(draft);
    await writeFile(join(folder, `${draft.id}.crdraft`), serialiseDraft(draft));
  }
  return drafts;
}
