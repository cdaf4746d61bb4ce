/**
 * A response form's questions about the respondent ("What is your name?", "Are you answering as:", "Do you consent to
 * your response being published?"), which the form asks before or after the consultation's own questions. They are
 * filled in from the respondent's details, not drafted as answers.
 */
const ABOUT_THE_RESPONDENT = [
  /^what is your (?:full )?(?:name|e-?mail(?: address)?|postcode|job title|organisation(?:'s|’s)? name)\b/i,
  /^what is the name of your (?:organisation|organization|company|business)\b/i,
  /^are you (?:responding|answering|replying|writing)\b[^?]{0,80}\b(?:as|on behalf of|capacity)\b/i,
  // "If you are responding as an employer, which sector of the economy are you in?": asked only of some respondents, about them.
  /^if you are (?:responding|answering|replying) (?:as|on behalf of)\b/i,
  /^where do you live\b|^where (?:is your (?:organisation|organization|company|business)|are you) based\b/i,
  // Whether the respondent wants to be heard in person ("Do you want to speak to Councillors at the hearings?").
  /^(?:do|would) you (?:want|wish|like) to (?:speak|be heard|attend|appear)\b[^?]{0,60}\bhearings?\b/i,
  /\bconsent to (?:your|this) response being published\b|\bmay we publish your response\b/i,
  /^is there anything else (?:that )?you would like us to know (?:about you|in connection with your response)\b/i,
];

// A form that calls itself the consultation's response form ("Apprenticeships Levy Consultation response form"): the
// consultation's own questions are in it or in the document it goes with, so the respondent's details are never them.
const RESPONSE_FORM = /\bresponse (?:pro-?forma|form|template)\b/i;

export function callsItselfResponseForm(text: string): boolean {
  return RESPONSE_FORM.test(text);
}

export function asksAboutRespondent(text: string): boolean {
  const question = text.trim();
  return ABOUT_THE_RESPONDENT.some((pattern) => pattern.test(question));
}
