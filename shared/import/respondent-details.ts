/**
 * A response form's questions about the respondent ("What is your name?", "Are you answering as:", "Do you consent to
 * your response being published?"), which the form asks before or after the consultation's own questions. They are
 * filled in from the respondent's details, not drafted as answers.
 */
const ABOUT_THE_RESPONDENT = [
  /^what is your (?:full )?(?:name|e-?mail(?: address)?|postcode|organisation(?:'s|’s)? name)\b/i,
  /^are you (?:responding|answering|replying|writing)\b[^?]{0,80}\b(?:as|on behalf of|capacity)\b/i,
  /^where do you live\b|^where is your organisation based\b/i,
  /\bconsent to (?:your|this) response being published\b|\bmay we publish your response\b/i,
  /^is there anything else (?:that )?you would like us to know (?:about you|in connection with your response)\b/i,
];

export function asksAboutRespondent(text: string): boolean {
  const question = text.trim();
  return ABOUT_THE_RESPONDENT.some((pattern) => pattern.test(question));
}
