/**
 * The model's fixed choices (positions, respondent categories, draft
 * statuses, question kinds) and the words shown for them, without the
 * schemas that check them: the window shows these on its first screen, and
 * importing them does not load the validation library.
 */

export const POSITIONS = ['agree', 'partly-agree', 'disagree', 'no-comment'] as const;
type PositionChoice = (typeof POSITIONS)[number];

export const POSITION_LABELS: Record<PositionChoice, string> = {
  agree: 'Agree',
  'partly-agree': 'Partly agree',
  disagree: 'Disagree',
  'no-comment': 'No comment',
};

export const RESPONDENT_CATEGORIES = ['', 'large-supplier', 'small-supplier', 'network-operator', 'meter-operator', 'other-sec-party', 'consumer-body', 'other'] as const;
type RespondentCategoryChoice = (typeof RESPONDENT_CATEGORIES)[number];

export const RESPONDENT_CATEGORY_LABELS: Record<RespondentCategoryChoice, string> = {
  '': 'Not stated',
  'large-supplier': 'Large energy supplier',
  'small-supplier': 'Small energy supplier',
  'network-operator': 'Network operator',
  'meter-operator': 'Meter operator / asset provider',
  'other-sec-party': 'Other SEC Party',
  'consumer-body': 'Consumer body',
  other: 'Other',
};

export function isRespondentCategory(value: string): value is RespondentCategoryChoice {
  return (RESPONDENT_CATEGORIES as readonly string[]).includes(value);
}

export const DRAFT_STATUSES = ['drafting', 'in-review', 'signed-off', 'sent', 'closed'] as const;

export const DRAFT_STATUS_LABELS: Record<(typeof DRAFT_STATUSES)[number], string> = {
  drafting: 'Drafting',
  'in-review': 'In review',
  'signed-off': 'Signed off',
  sent: 'Sent',
  closed: 'Closed without response',
};

export const QUESTION_KINDS = ['agree', 'open'] as const;

/** Questions that ask "Do you agree…" get an agree/disagree position. */
export function inferQuestionKind(text: string): (typeof QUESTION_KINDS)[number] {
  return /\b(do|does|would) you (agree|support)\b/i.test(text) ? 'agree' : 'open';
}
