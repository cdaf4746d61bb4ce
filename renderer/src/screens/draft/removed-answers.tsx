import type { RemovedAnswer } from '../../../../shared/model';
import { POSITION_LABELS } from '../../../../shared/model/choices';

/** Answers to questions a corrected consultation dropped: kept word for word so they can still be read and copied. */
export function RemovedAnswers({ answers }: { answers: readonly RemovedAnswer[] }) {
  if (answers.length === 0) return null;
  return (
    <div className="removed-answers">
      <p className="small">Answers to removed questions, kept here as they were written (they are no longer in the letter):</p>
      <ul>
        {answers.map((a) => (
          <li key={a.questionId}>
            <div>
              <strong>{a.questionLabel}</strong>: <span className="muted">{a.questionText}</span>
            </div>
            {a.position ? <div>Position: {POSITION_LABELS[a.position]}</div> : null}
            {a.confidential ? <div className="badge">Confidential</div> : null}
            {a.rationale.trim() ? <blockquote className="removed-answers__text">{a.rationale}</blockquote> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
