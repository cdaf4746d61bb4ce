import { DRAFT_BODY_NOTICE, type EmailDraft } from './compose-email';

/**
 * A mailto: link that opens a new message in the user's mail program. It
 * cannot carry attachments, and long links are cut by some programs, so the
 * body only asks the user to attach the exported letter.
 */
export function mailtoLink(email: EmailDraft): string {
  const to = encodeURIComponent(email.to).replace(/%40/g, '@');
  const body = [
    ...(email.unsignedDraft ? [DRAFT_BODY_NOTICE] : []),
    'Please find our response attached.',
    '(Attach the exported response letter before sending.)',
  ].join('\n\n');
  const query = [`subject=${encodeURIComponent(email.subject)}`, `body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`];
  return `mailto:${to}?${query.join('&')}`;
}
