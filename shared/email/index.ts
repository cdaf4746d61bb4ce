export { composeEmail, emailSubject, type EmailAttachmentRef, type EmailDraft } from './compose-email';
export { headerText } from './header-text';
export { mailtoLink } from './mailto-link';
