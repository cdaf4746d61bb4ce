import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { createDraftExporter } from '../../../electron/services/export/draft-exporter';
import type { ResponseDraft } from '../../../shared/model';
import { removeTempFolders, sha256, tempFolder } from '../export/export-support';
import { dccConsultation, SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { BIDI, CONTROLS, EMOJI, SCRIPT } from './payloads';

afterAll(removeTempFolders);

/** Header fields an unsent draft may carry; anything else got in by injection. */
const ALLOWED_HEADERS = new Set(['x-unsent', 'from', 'to', 'subject', 'mime-version', 'content-type']);

function hostileDraft(): ResponseDraft {
  const draft = sampleDraft();
  return {
    ...draft,
    consultation: { ...dccConsultation, title: `Date consultation\r\nBcc: title@evil.example\r\n\r\n${SCRIPT}` },
    respondent: {
      ...draft.respondent,
      organisation: `Acme\r\nBcc: victim@evil.example\nX-Priority: 1 ${SCRIPT} ${EMOJI} ${BIDI}`,
      contactName: `Priya\r\nCc: cc@evil.example${CONTROLS}`,
      // Kept as typed (a half-written address must still save), so it may hold anything.
      email: 'priya@acme-energy.example\r\nBcc: bcc@evil.example',
    },
    confidentiality: { scope: 'whole', otherParts: '', reasons: `Our reasons ${SCRIPT}\r\nX-Injected: yes${CONTROLS}`, partReasons: {} },
  };
}

async function exportHostile() {
  const folder = await tempFolder('crd-hostile-eml-');
  const files = await createDraftExporter().exportDraft(hostileDraft(), { folder, kinds: ['email'], overwrite: false, now: SAMPLE_NOW });
  const email = files.find((f) => f.kind === 'email')!;
  return { files, raw: await readFile(email.path) };
}

describe('the email draft written from hostile answers', () => {
  it('has only its own header lines: nothing injected by line breaks in names, the address or the title', async () => {
    const { raw } = await exportHostile();
    const head = raw.subarray(0, raw.indexOf('\r\n\r\n')).toString('latin1');
    // A header block is 7-bit text in CRLF lines.
    expect(head).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(head.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const names = head
      .split('\r\n')
      .filter((line) => !/^[ \t]/.test(line))
      .map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
    expect(names.filter((name) => !ALLOWED_HEADERS.has(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads back with one recipient, no copies, and the hostile words as subject text', async () => {
    const { raw } = await exportHostile();
    const mail = await simpleParser(raw);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual(['consultations@smartdcc.co.uk']);
    expect(mail.cc).toBeUndefined();
    expect(mail.bcc).toBeUndefined();
    expect(mail.replyTo).toBeUndefined();
    expect(mail.headers.has('x-priority')).toBe(false);
    expect(mail.headers.has('x-injected')).toBe(false);
    expect(mail.from?.value.length ?? 0).toBeLessThanOrEqual(1);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain(SCRIPT);
    expect(mail.subject).toContain(EMOJI);
  });

  it('carries the hostile text in a plain-text body only, and the letter as its exact bytes', async () => {
    const { raw, files } = await exportHostile();
    const mail = await simpleParser(raw);
    expect(mail.html).toBe(false);
    expect(mail.text).toContain(`Our reasons ${SCRIPT}`);
    const letter = files.find((f) => f.kind === 'letter-full')!;
    expect(mail.attachments.map((a) => a.filename)).toEqual([letter.fileName]);
    expect(letter.fileName).not.toMatch(/[\r\n\\/:<>"|?*]/);
    expect(sha256(mail.attachments[0]!.content)).toBe(letter.sha256);
  });

  it('keeps control characters (U+0000–U+001F but tab and line breaks, U+007F) out of the body, as the letter does', async () => {
    // Fails today: composeEmail puts the confidentiality reasons and names into the body as typed, so NUL, BEL and ESC
    // reach the message (quoted-printable =00, =07, =1B). Fix in shared/email/compose-email.ts: strip
    // /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g from the body text, as headerText already does for headers.
    const { raw } = await exportHostile();
    const mail = await simpleParser(raw);
    // eslint-disable-next-line no-control-regex -- controls other than tab and line breaks must not reach the body
    expect(mail.text, 'the email body carries control characters a mail program may stop at or show as garbage').not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});
