import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDraftLibrary } from '../electron/services/draft-library';
import { fileContent } from '../electron/services/draft-file';
import { bundledConsultations } from '../shared/consultations';
import { newDraft, type Consultation } from '../shared/model';
import { time, type Timing } from './measure';

/** Comments in the hostile file: about 48 MB of them, under the 50 MB a draft file may be. */
export const HOSTILE_COMMENTS = 150_000;

/**
 * A draft file as a hostile or damaged copy on a shared drive might be: every comment valid, far too many of them.
 * Opening it runs on the main process (reading, parsing and checking a draft file happen there), so its time is
 * how long the app stops answering before it says the file cannot be used.
 */
export async function measureHostileDraft(folder: string, runs: number): Promise<Timing & { bytes: number }> {
  await mkdir(folder, { recursive: true });
  const draft = newDraft(bundledConsultations[0] as Consultation, { id: 'hostile-draft', now: new Date('2025-01-06T09:00:00.000Z') });
  const file = fileContent(draft);
  const comment = { target: { kind: 'section', section: 'general' }, author: 'A colleague', at: draft.createdAt, text: 'x'.repeat(120), resolved: false, resolvedBy: null, resolvedAt: null };
  const text = JSON.stringify({ ...file, comments: Array.from({ length: HOSTILE_COMMENTS }, (_, i) => ({ id: `c-${i}`, ...comment })) });
  const path = join(folder, 'From a shared drive.crdraft');
  await writeFile(path, text);
  const library = createDraftLibrary({ folder: join(folder, 'library') });
  const timing = await time(async () => {
    const refused = await library.openFile(path).then(() => false, () => true);
    if (!refused) throw new Error('The hostile draft file was opened: the limit on comments does not hold.');
  }, { runs });
  return { ...timing, bytes: text.length };
}
