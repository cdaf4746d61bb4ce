import { composeEmail } from '../../../shared/email/compose-email';
import { exportFileName } from '../../../shared/file-names';
import { composeLetter } from '../../../shared/letter/compose-letter';
import type { ExportKind, ResponseDraft } from '../../../shared/model';
import type { StepProgress } from '../../../shared/work-progress';
import type { PendingFile } from './atomic-files';
import { buildEml } from './build-eml';
import { renderDocx } from './render-docx';

export type RenderedFile = PendingFile & { kind: ExportKind };

const STEP_NAMES: Readonly<Record<ExportKind, string>> = {
  'letter-full': 'Writing the response letter',
  'letter-publication': 'Writing the publication version',
  email: 'Writing the email',
};

/** The bytes of each file of an export, in the order given; nothing is written to disk. */
export async function renderExportFiles(
  draft: ResponseDraft,
  kinds: readonly ExportKind[],
  now: Date,
  onProgress: (progress: StepProgress) => void = () => {},
): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  for (const [index, kind] of kinds.entries()) {
    onProgress({ message: STEP_NAMES[kind], done: index, total: kinds.length });
    const fileName = exportFileName(draft, kind);
    if (kind === 'email') {
      const letters = files.filter((f) => f.kind !== 'email');
      const email = composeEmail(draft, letters.map(({ fileName: name, kind: k }) => ({ fileName: name, kind: k })));
      files.push({ kind, fileName, bytes: await buildEml(email, letters) });
    } else {
      const version = kind === 'letter-full' ? 'full' : 'publication';
      files.push({ kind, fileName, bytes: await renderDocx(composeLetter(draft, { version, date: now })) });
    }
  }
  onProgress({ message: 'Saving the files', done: kinds.length, total: kinds.length });
  return files;
}
