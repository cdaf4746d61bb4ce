import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFileName } from '../../../shared/file-names';
import { ipcValue } from '../../support/ipc-value';
import { libraryWithDraft, type LibraryWithDraft } from '../../support/library-with-draft';
import { confidentialDraft, SECRET_WORDS } from '../../shared/letter/letter-fixtures';
import { CONFIDENTIAL_OTHER_PARTS, CONFIDENTIAL_REASONS, WORDS_ONLY_IN_THE_REQUEST } from '../../shared/letter/publication-fixtures';
import { zipEntries } from './export-support';

const NEVER_PUBLISHED = [...SECRET_WORDS, ...WORDS_ONLY_IN_THE_REQUEST];

/** Every part of a .docx as text, read two ways so no encoding hides a phrase. */
async function everyPartAsText(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  for (const [name, part] of await zipEntries(bytes)) parts.set(name, Buffer.from(part).toString('latin1') + new TextDecoder().decode(part));
  return parts;
}

/** The files exactly as the app writes them when the user exports a response with confidential parts. */
describe('the exported publication version (.docx on disk)', () => {
  let library: LibraryWithDraft;
  let full: Uint8Array;
  let publication: Uint8Array;

  beforeAll(async () => {
    library = await libraryWithDraft((id) =>
      confidentialDraft({ id, confidentiality: { scope: 'parts', otherParts: CONFIDENTIAL_OTHER_PARTS, reasons: CONFIDENTIAL_REASONS, partReasons: {} } }),
    );
    const { files } = await ipcValue(library.handlers['export:run']({ draftId: library.draft.id, kinds: ['email'], overwrite: false }));
    expect(files.map((file) => file.kind)).toEqual(['letter-full', 'letter-publication', 'email']);
    full = new Uint8Array(await readFile(join(library.exportFolder, exportFileName(library.draft, 'letter-full'))));
    publication = new Uint8Array(await readFile(join(library.exportFolder, exportFileName(library.draft, 'letter-publication'))));
  });
  afterAll(() => library.remove());

  it('holds, in the full letter, the confidential answer and the request with its reasons (the control)', async () => {
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(full) })).value;
    for (const words of NEVER_PUBLISHED) expect(text).toContain(words);
  });

  it('contains none of the confidential answer, the reasons or the other parts named, in any part of the file', async () => {
    const leaks: string[] = [];
    for (const [name, text] of await everyPartAsText(publication)) {
      for (const words of NEVER_PUBLISHED) if (text.includes(words)) leaks.push(`${words} in ${name}`);
    }
    expect(leaks).toEqual([]);
  });

  it('reads, in Word’s own text, as the publication version with the answer removed', async () => {
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(publication) })).value;
    expect(text).toContain('This is the version of our response for publication. Our answer to Dates Q2 is confidential and has been removed.');
    expect(text).toContain('[Confidential: redacted]');
    expect(text).toContain('We agree with the proposed date of 3 November 2020.');
  });
});
