import { simpleParser } from 'mailparser';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildEml, DOCX_MIME_TYPE } from '../../../electron/services/export/build-eml';
import { composeEmail } from '../../../shared/email/compose-email';
import type { ResponseDraft } from '../../../shared/model';
import { sampleDraft } from '../../support/sample-draft';
import { confidentialDraft } from '../../shared/letter/letter-fixtures';
import { python, removeTempFolders, sha256, tempFolder } from './export-support';

afterAll(removeTempFolders);

const attachments = [
  { fileName: 'Acme Energy Ltd - response - date_con_consultation_issued.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 250]) },
  { fileName: 'Acme Energy Ltd - response (publication) - date_con_consultation_issued.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 9, 8, 7]) },
];

async function eml(draft: ResponseDraft) {
  const email = composeEmail(draft, [
    { fileName: attachments[0]!.fileName, kind: 'letter-full' },
    { fileName: attachments[1]!.fileName, kind: 'letter-publication' },
  ]);
  const bytes = await buildEml(email, attachments);
  const raw = Buffer.from(bytes).toString('latin1');
  const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
  return { email, bytes, headerBlock, parsed: await simpleParser(Buffer.from(bytes)) };
}

type Eml = Awaited<ReturnType<typeof eml>>;

/** Python's email package, a reader independent of nodemailer and mailparser. */
const PY_READ = `
import email, email.policy, json, sys
msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
print(json.dumps({
  'to': str(msg['To']), 'subject': str(msg['Subject']), 'unsent': msg['X-Unsent'],
  'date': msg['Date'], 'messageId': msg['Message-ID'], 'bcc': msg['Bcc'],
  'attachments': [part.get_filename() for part in msg.iter_attachments()],
  'types': [part.get_content_type() for part in msg.iter_attachments()],
}))
`;

async function readWithPython(bytes: Uint8Array) {
  const folder = await tempFolder('eml-');
  const path = join(folder, 'message.eml');
  await writeFile(path, bytes);
  return JSON.parse(await python(PY_READ, [path])) as Record<string, unknown>;
}

// Built in beforeEach, not in the describe body: Stryker switches a mutant on only when the tests start.
describe('the email draft (.eml)', () => {
  let email: Eml['email'];
  let headerBlock: string;
  let parsed: Eml['parsed'];
  let bytes: Uint8Array;
  beforeEach(async () => {
    ({ email, headerBlock, parsed, bytes } = await eml(confidentialDraft()));
  });

  it('is addressed to the consultation’s response address with the subject', () => {
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '').toBe('consultations@smartdcc.co.uk');
    expect(parsed.subject).toBe(email.subject);
  });

  it('opens as an unsent draft: X-Unsent: 1, and no Date or Message-ID', () => {
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.headers.has('date')).toBe(false);
    expect(parsed.headers.has('message-id')).toBe(false);
    expect(headerBlock).not.toMatch(/^(date|message-id):/im);
  });

  it('carries the plain-text body', () => {
    expect(parsed.text?.trim()).toBe(email.body.trim());
  });

  it('attaches the letters byte for byte, as Word documents', () => {
    expect(parsed.attachments.map((a) => a.filename)).toEqual(attachments.map((a) => a.fileName));
    expect(parsed.attachments.map((a) => a.contentType)).toEqual([DOCX_MIME_TYPE, DOCX_MIME_TYPE]);
    expect(parsed.attachments.map((a) => sha256(a.content))).toEqual(attachments.map((a) => sha256(a.bytes)));
  });

  it('reads the same in Python’s email package', async () => {
    expect(await readWithPython(bytes)).toEqual({
      to: 'consultations@smartdcc.co.uk',
      subject: email.subject,
      unsent: '1',
      date: null,
      messageId: null,
      bcc: null,
      attachments: attachments.map((a) => a.fileName),
      types: [DOCX_MIME_TYPE, DOCX_MIME_TYPE],
    });
  });

  it('keeps a subject with a line break and non-ASCII text in one encoded header, with no injected header', async () => {
    const draft = sampleDraft();
    const hostile: ResponseDraft = {
      ...draft,
      respondent: { ...draft.respondent, organisation: 'Énergie — “quotes”\r\nBcc: victim@example.com' },
      consultation: { ...draft.consultation, title: 'Line one\nX-Injected: yes' },
    };
    const result = await eml(hostile);
    const expected = 'DRAFT – not signed off: Response to Line one X-Injected: yes from Énergie — “quotes” Bcc: victim@example.com';
    expect(result.parsed.subject).toBe(expected);
    expect(result.headerBlock).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(result.headerBlock).not.toMatch(/^(bcc|x-injected):/im);
    expect(result.parsed.headers.has('bcc')).toBe(false);
    expect(result.parsed.headers.has('x-injected')).toBe(false);
    const python = await readWithPython(result.bytes);
    expect(python).toMatchObject({ subject: expected, bcc: null });
  });
});
