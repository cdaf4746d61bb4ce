import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailDraft } from '../../../shared/email/compose-email';
import { headerText } from '../../../shared/email/header-text';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface EmlAttachment {
  fileName: string;
  bytes: Uint8Array;
}

/** Headers a draft must not have: the mail program adds its own when the user presses Send. */
const LEFT_TO_THE_MAIL_PROGRAM = new Set(['date', 'message-id']);

/**
 * Removes whole fields from the top-level header block, folded continuation
 * lines included. nodemailer always writes Date and Message-ID, and a
 * draft that carries them shows a stale date and reuses an id on every send.
 */
function dropHeaders(message: Buffer): Buffer {
  const end = message.indexOf('\r\n\r\n');
  if (end < 0) return message;
  // Header lines are 7-bit after MIME encoding, so latin1 round-trips them byte for byte.
  const lines = message.subarray(0, end).toString('latin1').split('\r\n');
  const kept: string[] = [];
  let dropping = false;
  for (const line of lines) {
    const continuation = line.startsWith(' ') || line.startsWith('\t');
    if (!continuation) dropping = LEFT_TO_THE_MAIL_PROGRAM.has(line.slice(0, line.indexOf(':')).trim().toLowerCase());
    if (!dropping) kept.push(line);
  }
  return Buffer.concat([Buffer.from(kept.join('\r\n'), 'latin1'), message.subarray(end)]);
}

function contentTypeOf(fileName: string): string {
  return /\.docx$/i.test(fileName) ? DOCX_MIME_TYPE : 'application/octet-stream';
}

/**
 * An unsent email (.eml with X-Unsent: 1) that Outlook and other mail
 * programs open as a new message ready to send, with the letters attached.
 */
export async function buildEml(email: EmailDraft, attachments: readonly EmlAttachment[]): Promise<Uint8Array> {
  const composer = new MailComposer({
    to: headerText(email.to),
    from: email.from ? { name: headerText(email.from.name), address: headerText(email.from.address) } : undefined,
    subject: headerText(email.subject),
    text: email.body,
    headers: { 'X-Unsent': '1' },
    attachments: attachments.map((a) => ({
      filename: headerText(a.fileName),
      content: Buffer.from(a.bytes),
      contentType: contentTypeOf(a.fileName),
    })),
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const message = await composer.compile().build();
  return new Uint8Array(dropHeaders(message));
}
