import type { ConfidentialityScope, Confidentiality, ResponseDraft } from '../../../../shared/model';
import { SectionHeading } from '../../components/section-heading';
import { TextField } from '../../components/text-field';
import { useApp } from '../../state/store-context';
import { SectionPager } from './section-pager';
import { CommentsPanel } from './comments-panel';
import { useDraftLocked } from '../../state/use-draft-locked';
import { markedParts, partExcerpt, type MarkedPart } from '../../../../shared/marked-parts';
import { isConfidentialityReasonNeeded } from '../../../../shared/progress';
import { answerFor, changeAnswer, changeConfidentiality } from '../../../../shared/draft-changes/content';

const SCOPES: { value: ConfidentialityScope; label: string; hint: string }[] = [
  { value: 'none', label: 'None of it', hint: 'The response may be published in full.' },
  { value: 'whole', label: 'The whole response', hint: 'No publication version will be produced.' },
  { value: 'parts', label: 'Named parts of it', hint: 'Marked words and marked answers are redacted from the publication version.' },
];

export function ConfidentialitySection() {
  const draft = useApp((s) => s.draft);
  const editDraft = useApp((s) => s.editDraft);
  const locked = useDraftLocked();
  if (!draft) return null;
  const { confidentiality, consultation } = draft;

  const update = (change: Partial<Confidentiality>) => editDraft((d) => changeConfidentiality(d, change, new Date()), `confidentiality:${Object.keys(change).join()}`);
  const setAnswerConfidential = (questionId: string, confidential: boolean) =>
    editDraft((d) => changeAnswer(d, questionId, { confidential }, new Date()));

  const parts = markedParts(draft);
  const setPartReason = (id: string, reason: string) =>
    editDraft((d) => ({ ...d, confidentiality: { ...d.confidentiality, partReasons: { ...d.confidentiality.partReasons, [id]: reason } } }), `part-reason:${id}`);
  const reasonsMissing = isConfidentialityReasonNeeded(draft) && confidentiality.reasons.trim().length === 0;
  const nothingNamed =
    confidentiality.scope === 'parts' && parts.length === 0 && !Object.values(draft.answers).some((a) => a.confidential) && confidentiality.otherParts.trim().length === 0;

  return (
    <div className="confidentiality">
      <div className="confidentiality__form">
        <SectionHeading sectionKey="confidentiality">Confidentiality</SectionHeading>
        <p>State in writing whether any of your response is confidential, and why. This statement goes into the letter and the covering email.</p>

        <fieldset className="positions" disabled={locked}>
          <legend>Which parts of the response are confidential?</legend>
          {SCOPES.map((scope) => (
            <label key={scope.value} className="choice">
              <input type="radio" name="confidentiality-scope" value={scope.value} checked={confidentiality.scope === scope.value} onChange={() => update({ scope: scope.value })} />
              <span>
                {scope.label}
                <span className="choice__hint"> — {scope.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>

        {confidentiality.scope !== 'whole' ? <MarkedParts parts={parts} locked={locked} draftId={draft.id} onReason={setPartReason} scopeIsNone={confidentiality.scope === 'none'} /> : null}
        {confidentiality.scope === 'parts' ? <NamedParts draft={draft} locked={locked} onToggle={setAnswerConfidential} onOtherParts={(otherParts) => update({ otherParts })} nothingNamed={nothingNamed} /> : null}

        {confidentiality.scope !== 'none' ? (
          <TextField
            label={parts.length > 0 && confidentiality.scope === 'parts' ? 'Why are the answers or other parts confidential?' : 'Why is this information confidential?'}
            multiline
            rows={5}
            required={isConfidentialityReasonNeeded(draft)}
            readOnly={locked}
            value={confidentiality.reasons}
            onChange={(reasons) => update({ reasons })}
            hint="For example: it reveals commercially sensitive volumes or plans. The consultation asks you to explain why."
            error={reasonsMissing ? 'Give your reasons: the consultation asks why you regard the information as confidential.' : null}
          />
        ) : null}
        <CommentsPanel target={{ kind: 'section', section: 'confidentiality' }} />
        <SectionPager current="confidentiality" />
      </div>

      <aside className="confidentiality__notice" aria-labelledby="notice-title">
        <h2 id="notice-title">What the consultation says</h2>
        {consultation.publicationNotice ? (
          consultation.publicationNotice.split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)
        ) : (
          <p className="muted">The consultation gives no wording on publication or confidentiality.</p>
        )}
        <p className="notice-callout">An automatic confidentiality disclaimer from your email system does not count: the statement must be in the response itself.</p>
      </aside>
    </div>
  );
}

interface MarkedPartsProps {
  parts: MarkedPart[];
  draftId: string;
  locked: boolean;
  scopeIsNone: boolean;
  onReason: (id: string, reason: string) => void;
}

/** The words marked confidential in the answers, each with where it is and a reason of its own. */
function MarkedParts({ parts, draftId, locked, scopeIsNone, onReason }: MarkedPartsProps) {
  const navigate = useApp((s) => s.navigate);
  return (
    <section className="marked-parts" aria-labelledby="marked-parts-title">
      <h2 id="marked-parts-title">
        Marked parts <span className="muted">({parts.length === 1 ? '1 part' : `${parts.length} parts`})</span>
      </h2>
      {parts.length === 0 ? (
        <p className="field__hint">No words are marked yet. In an answer, select the words and choose “Mark selection confidential” (or right-click them).</p>
      ) : null}
      {scopeIsNone && parts.length > 0 ? (
        <p className="field__error">Words are marked confidential, but the response says none of it is. Choose “Named parts of it” to keep them out of the publication version.</p>
      ) : null}
      <ol className="marked-parts__list">
        {parts.map((part, i) => (
          <li key={part.id} className="marked-part">
            <p className="marked-part__where">
              <strong>Part {i + 1}</strong> in{' '}
              {part.questions.map((q, j) => (
                <span key={q.id}>
                  {j > 0 ? ', ' : ''}
                  <button type="button" className="link-button" onClick={() => navigate({ screen: 'draft', draftId, section: `question:${q.id}` })}>
                    {q.label}
                  </button>
                </span>
              ))}
              : <q className="confidential-quote">{partExcerpt(part)}</q>
            </p>
            <TextField
              label={`Why Part ${i + 1} is confidential`}
              multiline
              rows={2}
              readOnly={locked}
              value={part.reason}
              onChange={(reason) => onReason(part.id, reason)}
              error={part.reason.trim() === '' ? 'Give the reason for this part.' : null}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

interface NamedPartsProps {
  draft: ResponseDraft;
  onToggle: (questionId: string, confidential: boolean) => void;
  onOtherParts: (text: string) => void;
  nothingNamed: boolean;
  locked: boolean;
}

function NamedParts({ draft, onToggle, onOtherParts, nothingNamed, locked }: NamedPartsProps) {
  const questions = draft.consultation.questions;
  const marked = questions.filter((q) => answerFor(draft, q.id)?.confidential);
  return (
    <>
      <fieldset className="named-parts" disabled={locked}>
        <legend>Whole answers marked confidential</legend>
        <p className="field__hint">
          {marked.length === 0 ? 'No answer is marked confidential yet.' : `Marked: ${marked.map((q) => q.label).join(', ')}.`} Tick an answer to mark it.
        </p>
        {questions.map((q) => (
          <label key={q.id} className="choice">
            <input type="checkbox" checked={answerFor(draft, q.id)?.confidential ?? false} onChange={(e) => onToggle(q.id, e.target.checked)} />
            <span>
              {q.label}
              <span className="choice__hint"> — {q.text.length > 80 ? `${q.text.slice(0, 77)}…` : q.text}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField
        label="Other confidential parts"
        multiline
        rows={3}
        readOnly={locked}
        value={draft.confidentiality.otherParts}
        onChange={onOtherParts}
        hint="Describe any other part, e.g. “the volumes in our answer to Dates Q1” or “Annex A”."
        error={nothingNamed ? 'Name at least one part: mark an answer above or describe the part here.' : null}
      />
    </>
  );
}
