export { composeEmail, DRAFT_BODY_NOTICE, DRAFT_SUBJECT_PREFIX, emailSubject, type EmailAttachmentRef, type EmailDraft } from './compose-email';
export { headerText } from './header-text';
export { mailtoLink } from './mailto-link';
