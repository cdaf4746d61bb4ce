import type { ExportKind, ResponseDraft } from '../model';
import { confidentialityStatement } from '../letter/confidentiality';
import { headerText } from './header-text';
import { isPlainEmailAddress, withoutUnsafeCharacters } from '../text-safety';

export interface EmailAttachmentRef {
  fileName: string;
  kind: ExportKind;
}

export interface EmailDraft {
  to: string;
  /** The respondent's address, when known; the mail program sends from its own account anyway. */
  from: { name: string; address: string } | null;
  subject: string;
  body: string;
  attachments: EmailAttachmentRef[];
  /** Prepared before sign-off: subject and body say DRAFT. */
  unsignedDraft: boolean;
}

const ATTACHMENT_DESCRIPTIONS: Partial<Record<ExportKind, string>> = {
  'letter-full': 'our response',
  'letter-publication': 'the version for publication, with the confidential parts removed',
};

/** Opens the subject of an email prepared before sign-off. */
export const DRAFT_SUBJECT_PREFIX = 'DRAFT – not signed off:';

/** Opens the body of an email prepared before sign-off, so no one sends it by mistake. */
export const DRAFT_BODY_NOTICE =
  'DRAFT – NOT SIGNED OFF. This email and the attached letters are a draft of our response for review. The response has not been signed off: do not send this email.';

export function emailSubject(draft: ResponseDraft): string {
  const organisation = headerText(draft.respondent.organisation);
  const title = headerText(draft.consultation.title);
  const subject = organisation ? `Response to ${title} from ${organisation}` : `Response to ${title}`;
  return draft.signOff === null ? `${DRAFT_SUBJECT_PREFIX} ${subject}` : subject;
}

function signOff(draft: ResponseDraft): string[] {
  const { respondent, signatory } = draft;
  const sender = respondent.contactName.trim()
    ? [respondent.contactName, respondent.jobTitle]
    : [signatory.name, signatory.jobTitle];
  return [...sender, respondent.organisation, respondent.telephone].map((l) => l.trim()).filter((l) => l !== '');
}

/**
 * The email that carries the response. It states the confidentiality request
 * in its own words too (the same words as the letter), because the DCC does
 * not count an automatic email disclaimer as a request.
 */
export function composeEmail(draft: ResponseDraft, letters: readonly EmailAttachmentRef[]): EmailDraft {
  const { consultation, respondent } = draft;
  const whose = respondent.organisation.trim() ? `${respondent.organisation.trim()}’s response` : 'our response';
  const attachmentLines = letters.map((letter) => {
    const description = ATTACHMENT_DESCRIPTIONS[letter.kind];
    return description ? `- ${letter.fileName}: ${description}` : `- ${letter.fileName}`;
  });
  const body = [
    ...(draft.signOff === null ? [DRAFT_BODY_NOTICE] : []),
    'Hello,',
    `Please find attached ${whose} to the consultation “${consultation.title.trim()}”.`,
    'Confidentiality:',
    ...confidentialityStatement(draft, 'full'),
    ...(attachmentLines.length > 0 ? [['Attached:', ...attachmentLines].join('\n')] : []),
    ['Kind regards,', ...signOff(draft)].join('\n'),
  ].join('\n\n');
  // An address that is not plainly one is left out rather than risk a misread From header.
  const fromAddress = isPlainEmailAddress(respondent.email.trim()) ? respondent.email.trim() : null;
  return {
    to: consultation.responseEmail,
    from: fromAddress ? { name: headerText(respondent.contactName || respondent.organisation), address: fromAddress } : null,
    subject: emailSubject(draft),
    body: `${withoutUnsafeCharacters(body)}\n`,
    attachments: [...letters],
    unsignedDraft: draft.signOff === null,
  };
}
