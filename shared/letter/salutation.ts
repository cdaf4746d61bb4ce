import type { LetterWording } from '../model';

export const UNNAMED_SALUTATION = 'Dear Sir or Madam';

/** Openings to no one by name; by British convention they close "Yours faithfully". */
const UNNAMED = /^(dear (sir or madam|sir\/madam|sirs?|madam|colleagues?|team)|to whom it may concern)\b/i;

function withoutEndPunctuation(text: string): string {
  return text.trim().replace(/[\s,.;:!]+$/, '');
}

/** "Dear Jane Smith" for a named addressee, "Dear Sir or Madam" otherwise. */
export function defaultSalutation(addresseeName: string): string {
  const name = addresseeName.trim();
  return name ? `Dear ${name}` : UNNAMED_SALUTATION;
}

/** The closing that matches a salutation: "Yours faithfully" to no one by name, "Yours sincerely" to a person. */
export function matchingClosing(salutation: string): string {
  return UNNAMED.test(withoutEndPunctuation(salutation)) ? 'Yours faithfully' : 'Yours sincerely';
}

/**
 * The salutation and closing the letter prints: what the user typed, or the
 * usual pair for the addressee. A typed salutation with no typed closing gets
 * the closing that matches it. Printed with a comma, as most UK letters are.
 */
export function letterGreeting(wording: LetterWording): { salutation: string; closing: string } {
  const salutation = withoutEndPunctuation(wording.salutation ?? '') || defaultSalutation(wording.addresseeName);
  const closing = withoutEndPunctuation(wording.closing ?? '') || matchingClosing(salutation);
  return { salutation: `${salutation},`, closing: `${closing},` };
}
