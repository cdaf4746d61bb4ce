import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/model';
import { libraryWithDraft, type LibraryWithDraft } from '../../support/library-with-draft';
import { sampleDraft } from '../../support/sample-draft';

let library: LibraryWithDraft;

beforeEach(async () => {
  library = await libraryWithDraft((id) => sampleDraft({ id }));
});
afterEach(() => library.remove());

/** A draft's history, as a draft file from a shared drive might carry it, naming `fileName` as exported. */
async function historyNaming(fileName: string): Promise<void> {
  const entry: HistoryEntry = {
    kind: 'exported',
    at: '2020-10-26T10:00:00.000Z',
    summary: `Exported the response letter as "${fileName}"`,
    exportKind: 'letter-full',
    fileName,
    sha256: 'a'.repeat(64),
    signedOff: false,
  };
  await library.services.library.update(library.draft.id, (draft) => ({ ...draft, history: [...draft.history, entry] }));
}

/** Names that would reach outside the export folder on Windows, where both slashes separate folders. */
const ESCAPING_NAMES = [
  '..\\..\\Windows\\System32\\calc.exe',
  'letters\\..\\..\\evil.docx',
  '\\\\evil-server\\share\\letter.docx',
  'C:\\Users\\Public\\evil.docx',
  '../../etc/passwd',
  'letters/letter.docx',
  '..',
  '.',
];

describe('opening an exported file from the history', () => {
  for (const name of ESCAPING_NAMES) {
    it(`refuses a history entry naming ${JSON.stringify(name)}, opening nothing`, async () => {
      await historyNaming(name);
      const result = await library.handlers['export:openFile']({ draftId: library.draft.id, fileName: name });
      expect(result.ok ? 'opened' : result.error.code).toBe('invalid-argument');
      expect(library.services.openedPaths).toEqual([]);
    });
  }

  it('opens a file the draft exported, in its export folder (the control)', async () => {
    await historyNaming('Response to DCC.docx');
    const result = await library.handlers['export:openFile']({ draftId: library.draft.id, fileName: 'Response to DCC.docx' });
    expect(result.ok).toBe(true);
    expect(library.services.openedPaths).toEqual([join(library.exportFolder, 'Response to DCC.docx')]);
  });
});
