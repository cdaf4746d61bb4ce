import { useId, useState } from 'react';
import type { Answer, Position } from '../../../../shared/model';
import { POSITION_LABELS, POSITIONS } from '../../../../shared/model/choices';
import { countWords } from '../../../../shared/progress';
import { SectionHeading } from '../../components/section-heading';
import { useApp } from '../../state/store-context';
import { useDraftLocked } from '../../state/use-draft-locked';
import { SectionPager } from './section-pager';
import { CommentsPanel } from './comments-panel';
import { ReusePanel } from './reuse-panel';
import { RationaleEditor } from './rationale-editor';
import { answerFor, changeAnswer, changeConfidentiality } from '../../../../shared/draft-changes/content';

export function QuestionSection({ questionId }: { questionId: string }) {
  const question = useApp((s) => s.draft?.consultation.questions.find((q) => q.id === questionId));
  const answer = useApp((s) => (s.draft ? answerFor(s.draft, questionId) : undefined));
  const editDraft = useApp((s) => s.editDraft);
  const locked = useDraftLocked();
  const [reusing, setReusing] = useState(false);
  const rationaleId = useId();
  const countId = useId();
  const hintId = useId();

  if (!question || !answer) return <p role="alert">This question is not part of the consultation.</p>;

  const update = (change: Partial<Answer>, groupKey: string | null = null) =>
    editDraft((d) => {
      const now = new Date();
      const answered = changeAnswer(d, questionId, change, now);
      // Marking an answer confidential while the response says "none" would make the letter contradict itself.
      return change.confidential && d.confidentiality.scope === 'none' ? changeConfidentiality(answered, { scope: 'parts' }, now) : answered;
    }, groupKey);
  const words = countWords(answer.rationale);

  return (
    <article className="question">
      <SectionHeading sectionKey={questionId}>{question.label}</SectionHeading>
      {question.section ? <p className="muted">Section: {question.section}</p> : null}
      <blockquote className="question__text">{question.text}</blockquote>

      {question.kind === 'agree' ? (
        <fieldset className="positions" disabled={locked}>
          <legend>Your position</legend>
          {POSITIONS.map((position: Position) => (
            <label key={position} className="choice">
              <input type="radio" name={`position-${questionId}`} value={position} checked={answer.position === position} onChange={() => update({ position })} />
              {POSITION_LABELS[position]}
            </label>
          ))}
        </fieldset>
      ) : null}

      <div className="field">
        <div className="field__label-row">
          <label htmlFor={rationaleId}>{question.kind === 'agree' ? 'Rationale' : 'Your answer'}</label>
          {locked ? null : (
            <button type="button" className="link-button" aria-expanded={reusing} onClick={() => setReusing(!reusing)}>
              {reusing ? 'Hide earlier answers' : 'Reuse an earlier answer…'}
            </button>
          )}
        </div>
        {reusing ? <ReusePanel questionId={questionId} questionText={question.text} onInserted={() => setReusing(false)} /> : null}
        <div id={hintId} className="field__hint">
          Blank lines start new paragraphs. Use “- ” for bullets, “1. ” for numbered points, **bold** and *italic*. Select words and mark them confidential to keep just those words out of the publication version.
        </div>
        <RationaleEditor id={rationaleId} questionId={questionId} rationale={answer.rationale} locked={locked} describedBy={`${hintId} ${countId}`} />
        <div id={countId} className="word-count" aria-live="polite">
          {words === 1 ? '1 word' : `${words} words`}
        </div>
      </div>

      <label className="choice choice--confidential">
        <input type="checkbox" disabled={locked} checked={answer.confidential} onChange={(e) => update({ confidential: e.target.checked })} />
        The whole answer is confidential
      </label>
      {answer.confidential ? (
        <p className="field__hint">Give the reasons in the Confidentiality section, where this answer is now listed; it is redacted from the publication version.</p>
      ) : null}

      <CommentsPanel target={{ kind: 'question', questionId }} />
      <SectionPager current={`question:${questionId}`} />
    </article>
  );
}
