import { AppError } from './app-error';
import type { DraftStatus, HistoryEntry, ResponseDraft, WorkflowAction, WorkflowActionKind } from './model';
import { signOffIssues } from './letter/readiness';

/** Signed-off, sent and closed drafts are read-only until reopened. */
export function isLocked(status: DraftStatus): boolean {
  return status === 'signed-off' || status === 'sent' || status === 'closed';
}

export type { WorkflowAction, WorkflowActionKind } from './model';

const FROM: Record<WorkflowActionKind, readonly DraftStatus[]> = {
  'request-review': ['drafting'],
  'return-to-drafting': ['in-review'],
  'sign-off': ['drafting', 'in-review'],
  reopen: ['signed-off', 'closed'],
  'mark-sent': ['signed-off'],
  close: ['drafting', 'in-review', 'signed-off'],
};

/** The actions the draft's current state allows, for the UI to offer. */
export function allowedActions(status: DraftStatus): WorkflowActionKind[] {
  return (Object.keys(FROM) as WorkflowActionKind[]).filter((kind) => FROM[kind].includes(status));
}

export function unresolvedComments(draft: ResponseDraft): number {
  return draft.comments.filter((c) => !c.resolved).length;
}

/** Files that may be recorded as sent: exported after sign-off, letter or email. */
export function sendableExports(draft: ResponseDraft): Extract<HistoryEntry, { kind: 'exported' }>[] {
  const signedAt = draft.signOff?.at ?? null;
  return draft.history.filter(
    (h): h is Extract<HistoryEntry, { kind: 'exported' }> =>
      h.kind === 'exported' && h.signedOff && signedAt !== null && h.at >= signedAt && h.exportKind !== 'letter-publication',
  );
}

const MAX_SUMMARY = 2000;

function signOffSummary(action: Extract<WorkflowAction, { kind: 'sign-off' }>): string {
  const signed = `Signed off by ${action.name}, ${action.jobTitle}`;
  if (!action.incomplete) return signed;
  const { items, reason } = action.incomplete;
  const summary = `${signed}, with ${items.length === 1 ? 'one item' : `${items.length} items`} incomplete (${items.join(' ')}). Reason given: ${reason}`;
  return summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary;
}

/**
 * Incomplete items block sign-off unless the signer records why: the window
 * asks, but a request that skips the window must not lock an incomplete draft.
 */
function refuseUnexplainedGaps(draft: ResponseDraft, action: Extract<WorkflowAction, { kind: 'sign-off' }>, now: Date): void {
  if (action.incomplete) return;
  const issues = signOffIssues(draft, now);
  if (issues.length === 0) return;
  const count = issues.length === 1 ? 'One item is' : `${issues.length} items are`;
  throw new AppError('invalid-argument', `${count} incomplete, so the draft cannot be signed off without a reason: ${issues.join(' ')} Complete ${issues.length === 1 ? 'it' : 'them'}, or record why you are signing off anyway.`);
}

/**
 * Applies one step of review, sign-off and sending, recording it in the
 * history. Throws AppError when the state does not allow the step.
 */
export function applyWorkflowAction(draft: ResponseDraft, action: WorkflowAction, now: Date): ResponseDraft {
  if (!FROM[action.kind].includes(draft.status)) {
    throw new AppError('locked', `This draft is ${draft.status.replace('-', ' ')}; that step is not possible now.`);
  }
  const at = now.toISOString();
  const log = (kind: Extract<HistoryEntry, { summary: string }>['kind'], summary: string): HistoryEntry[] => [...draft.history, { kind, at, summary } as HistoryEntry];

  switch (action.kind) {
    case 'request-review':
      return { ...draft, status: 'in-review', history: log('review-requested', 'Marked ready for review') };
    case 'return-to-drafting':
      return { ...draft, status: 'drafting', history: log('returned-to-drafting', 'Returned to drafting after review') };
    case 'sign-off': {
      const open = unresolvedComments(draft);
      if (open > 0) throw new AppError('locked', `Resolve the ${open === 1 ? 'open review comment' : `${open} open review comments`} before signing off.`);
      refuseUnexplainedGaps(draft, action, now);
      return {
        ...draft,
        status: 'signed-off',
        signatory: { ...draft.signatory, name: action.name, jobTitle: action.jobTitle },
        signOff: { name: action.name, jobTitle: action.jobTitle, date: action.date, at },
        history: log('signed-off', signOffSummary(action)),
      };
    }
    case 'reopen':
      return {
        ...draft,
        status: 'drafting',
        signOff: null,
        history: log('reopened', `Reopened for changes: ${action.reason}`),
      };
    case 'mark-sent': {
      const file = sendableExports(draft).find((h) => h.sha256 === action.sha256);
      if (!file) throw new AppError('invalid-argument', 'Choose a file exported after sign-off; only the signed letter or its email can be recorded as sent.');
      return {
        ...draft,
        status: 'sent',
        sent: { sentOn: action.sentOn, recordedAt: at, fileName: file.fileName, sha256: file.sha256 },
        history: [...draft.history, { kind: 'sent', at, summary: `Sent on ${action.sentOn}: "${file.fileName}"`, fileName: file.fileName, sha256: file.sha256 }],
      };
    }
    case 'close':
      return {
        ...draft,
        status: 'closed',
        history: log('closed', action.reason ? `Closed without response: ${action.reason}` : 'Closed without response'),
      };
  }
}
