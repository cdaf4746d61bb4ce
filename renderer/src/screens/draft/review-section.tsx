import { useState } from 'react';
import { DRAFT_STATUS_LABELS } from '../../../../shared/model/choices';
import { allowedActions, sendableExports, unresolvedComments } from '../../../../shared/workflow';
import { blockingItems, checkReadiness } from '../../../../shared/letter';
import { signOffIssues } from '../../../../shared/letter/readiness';
import { SignOffDialog } from './sign-off-dialog';
import { ukDate } from '../../../../shared/working-days';
import { ukLongCalendarDate } from '../../../../shared/letter/uk-date';
import { SectionHeading } from '../../components/section-heading';
import { TextField } from '../../components/text-field';
import { useApp, useNow } from '../../state/store-context';
import { OpenComments } from './open-comments';

const STATUS_HELP = {
  drafting: 'The draft is being written. Mark it ready for review when a colleague should look at it.',
  'in-review': 'Colleagues are reviewing the draft and adding comments. It can still be edited.',
  'signed-off': 'The response is signed off and read-only. Export the signed letter, send it, then record it as sent.',
  sent: 'The response was sent. It is kept read-only as the record of what was said.',
  closed: 'The consultation was closed without a response from us.',
} as const;

/** Review, sign-off and the record of sending: the steps a response goes through after drafting. */
export function ReviewSection() {
  const draft = useApp((s) => s.draft);
  const runWorkflow = useApp((s) => s.runWorkflow);
  const workflowError = useApp((s) => s.workflowError);
  const navigate = useApp((s) => s.navigate);
  const now = useNow();
  const [signer, setSigner] = useState({ name: draft?.signatory.name ?? '', jobTitle: draft?.signatory.jobTitle ?? '' });
  const [reason, setReason] = useState('');
  const [sentFile, setSentFile] = useState('');
  const [sentOn, setSentOn] = useState(ukDate(now));
  const [confirming, setConfirming] = useState(false);
  if (!draft) return null;

  const actions = allowedActions(draft.status);
  const blockers = blockingItems(checkReadiness(draft), ['letter-full']);
  const openComments = unresolvedComments(draft);
  const sendable = sendableExports(draft);
  const canSignOff = signer.name.trim() !== '' && signer.jobTitle.trim() !== '' && blockers.length === 0 && openComments === 0;

  return (
    <div className="form-section review">
      <SectionHeading sectionKey="review">Review and sign-off</SectionHeading>
      <p className={`status-banner status-banner--${draft.status}`}>
        <strong>{DRAFT_STATUS_LABELS[draft.status]}.</strong> {STATUS_HELP[draft.status]}
      </p>
      {workflowError ? (
        <div className="alert alert--error" role="alert">
          {workflowError}
        </div>
      ) : null}

      {draft.signOff ? (
        <p>
          Signed off by <strong>{draft.signOff.name}</strong>, {draft.signOff.jobTitle}, on {ukLongCalendarDate(draft.signOff.date)}.
        </p>
      ) : null}
      {draft.sent ? (
        <p>
          Sent on <strong>{ukLongCalendarDate(draft.sent.sentOn)}</strong>: {draft.sent.fileName} <code title="SHA-256">{draft.sent.sha256.slice(0, 12)}…</code>
        </p>
      ) : null}

      <OpenComments draft={draft} />

      <div className="review__actions">
        {actions.includes('request-review') ? (
          <button type="button" className="button button--primary" onClick={() => void runWorkflow({ kind: 'request-review' })}>
            Mark ready for review
          </button>
        ) : null}
        {actions.includes('return-to-drafting') ? (
          <button type="button" onClick={() => void runWorkflow({ kind: 'return-to-drafting' })}>
            Back to drafting
          </button>
        ) : null}
      </div>

      {actions.includes('sign-off') ? (
        <form
          className="panel"
          aria-labelledby="sign-off-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (canSignOff) setConfirming(true);
          }}
        >
          <h2 id="sign-off-title">Sign off</h2>
          <p>Signing off locks the draft: every field becomes read-only and the exported letter is the signed one, without the DRAFT mark.</p>
          <TextField label="Signed off by" value={signer.name} onChange={(name) => setSigner({ ...signer, name })} />
          <TextField label="Job title" value={signer.jobTitle} onChange={(jobTitle) => setSigner({ ...signer, jobTitle })} />
          {blockers.map((b, i) => (
            <p key={i} className="field__error">
              {b.message}
            </p>
          ))}
          {openComments > 0 ? <p className="field__error">Resolve the {openComments === 1 ? 'open review comment' : `${openComments} open review comments`} first.</p> : null}
          <button type="submit" className="button button--primary" disabled={!canSignOff}>
            Sign off on {ukLongCalendarDate(ukDate(now))}…
          </button>
          {confirming ? (
            <SignOffDialog
              signer={signer}
              dateText={ukLongCalendarDate(ukDate(now))}
              issues={signOffIssues(draft, now)}
              onCancel={() => setConfirming(false)}
              onConfirm={(incompleteReason) => {
                setConfirming(false);
                const issues = signOffIssues(draft, now);
                void runWorkflow({
                  kind: 'sign-off',
                  name: signer.name,
                  jobTitle: signer.jobTitle,
                  date: ukDate(now),
                  ...(incompleteReason === null ? {} : { incomplete: { items: issues, reason: incompleteReason } }),
                });
              }}
            />
          ) : null}
        </form>
      ) : null}

      {actions.includes('mark-sent') ? (
        <form
          className="panel"
          aria-labelledby="sent-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (sentFile) void runWorkflow({ kind: 'mark-sent', sentOn, sha256: sentFile });
          }}
        >
          <h2 id="sent-title">Record what was sent</h2>
          {sendable.length === 0 ? (
            <p>
              Export the signed letter first.{' '}
              <button type="button" className="link-button" onClick={() => navigate({ screen: 'draft', draftId: draft.id, section: 'export' })}>
                Go to export
              </button>
            </p>
          ) : (
            <>
              <fieldset className="positions">
                <legend>Which file went</legend>
                {sendable.map((h) => (
                  <label key={h.sha256} className="choice">
                    <input type="radio" name="sent-file" value={h.sha256} checked={sentFile === h.sha256} onChange={() => setSentFile(h.sha256)} />
                    <span>
                      {h.fileName} <code>{h.sha256.slice(0, 12)}…</code>
                    </span>
                  </label>
                ))}
              </fieldset>
              <div className="field">
                <label htmlFor="sent-on">Date sent</label>
                <input id="sent-on" type="date" value={sentOn} onChange={(e) => setSentOn(e.target.value)} />
              </div>
              <button type="submit" className="button button--primary" disabled={!sentFile || !/^\d{4}-\d{2}-\d{2}$/.test(sentOn)}>
                Mark as sent
              </button>
            </>
          )}
        </form>
      ) : null}

      {actions.includes('reopen') ? (
        <form
          className="panel"
          aria-labelledby="reopen-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void runWorkflow({ kind: 'reopen', reason }).then((ok) => ok && setReason(''));
          }}
        >
          <h2 id="reopen-title">Reopen for changes</h2>
          <p>Reopening clears the sign-off; the reason is kept in the history.</p>
          <TextField label="Reason for reopening" value={reason} onChange={setReason} />
          <button type="submit" disabled={reason.trim() === ''}>
            Reopen for changes
          </button>
        </form>
      ) : null}

      {actions.includes('close') ? (
        <details className="review__close">
          <summary>Close without responding</summary>
          <TextField label="Why no response is sent (optional)" value={reason} onChange={setReason} />
          <button type="button" className="button--danger" onClick={() => void runWorkflow({ kind: 'close', reason })}>
            Close without response
          </button>
        </details>
      ) : null}
    </div>
  );
}
