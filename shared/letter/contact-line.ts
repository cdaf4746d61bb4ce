import type { Respondent } from '../model';

/**
 * "For queries about this response, please contact Priya Shah (Regulatory
 * Analyst), priya.shah@…, 020 7946 0000." Null when no contact is known.
 */
export function contactLine(respondent: Respondent): string | null {
  const name = respondent.contactName.trim();
  const jobTitle = respondent.jobTitle.trim();
  const who = name && jobTitle ? `${name} (${jobTitle})` : name;
  const parts = [who, respondent.email.trim(), respondent.telephone.trim()].filter((p) => p !== '');
  if (parts.length === 0) return null;
  return `For queries about this response, please contact ${parts.join(', ')}.`;
}
