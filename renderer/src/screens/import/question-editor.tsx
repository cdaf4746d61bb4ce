import type { Question } from '../../../../shared/model';
import { inferQuestionKind } from '../../../../shared/model/choices';
import type { Finding, SourceSpan } from '../../../../shared/import/import-result';
import { TextField } from '../../components/text-field';
import { FindingNote } from './finding-note';

interface QuestionEditorProps {
  questions: readonly Question[];
  findings: readonly Finding[];
  imported: boolean;
  onChange: (questions: Question[], findings: Finding[]) => void;
  onAdd: () => void;
  onShow: (span: SourceSpan) => void;
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** The questions found, editable: reword, relabel, remove, merge with the next, reorder, add. */
export function QuestionEditor({ questions, findings, imported, onChange, onAdd, onShow }: QuestionEditorProps) {
  const update = (index: number, change: Partial<Question>) =>
    onChange(
      questions.map((q, i) => (i === index ? { ...q, ...change } : q)),
      [...findings],
    );
  const remove = (index: number) =>
    onChange(
      questions.filter((_, i) => i !== index),
      findings.filter((_, i) => i !== index),
    );
  const mergeWithNext = (index: number) => {
    const next = questions[index + 1];
    const current = questions[index];
    if (!next || !current) return;
    const text = `${current.text} ${next.text}`;
    onChange(
      questions.flatMap((q, i) => (i === index ? [{ ...q, text, kind: inferQuestionKind(text) }] : i === index + 1 ? [] : [q])),
      findings.filter((_, i) => i !== index + 1),
    );
  };
  const reorder = (from: number, to: number) => onChange(move(questions, from, to), move(findings, from, to));
  const toCheck = findings.filter((finding) => finding.confidence === 'low').length;

  return (
    <section aria-labelledby="questions-title" className="question-editor">
      <h2 id="questions-title">Questions ({questions.length})</h2>
      {imported && toCheck > 0 ? (
        <p className="finding finding--low">
          {toCheck === 1 ? '1 question was' : `${toCheck} questions were`} read with little certainty (highlighted): check the label and wording against the document.
        </p>
      ) : null}
      {questions.length === 0 ? <p className="muted">No questions yet. Add each question the consultation asks.</p> : null}
      <ol className="question-editor__list">
        {questions.map((q, i) => {
          const finding = findings[i] ?? { confidence: 'high' as const, span: null };
          return (
            <li key={q.id} className={`question-card${imported && finding.confidence === 'low' ? ' finding-field--low' : ''}`} aria-label={`Question ${i + 1}: ${q.label}`}>
              <div className="question-card__top">
                <TextField label="Label as printed" value={q.label} onChange={(label) => update(i, { label })} />
                <label className="choice">
                  <input type="checkbox" checked={q.kind === 'agree'} onChange={(e) => update(i, { kind: e.target.checked ? 'agree' : 'open' })} />
                  Asks for agree / disagree
                </label>
              </div>
              <TextField label="Question text" multiline rows={3} value={q.text} onChange={(text) => update(i, { text })} hint={<FindingNote finding={finding} onShow={onShow} imported={imported} />} />
              <TextField label="Section" value={q.section} onChange={(section) => update(i, { section })} />
              <div className="question-card__actions">
                <button type="button" disabled={i === 0} onClick={() => reorder(i, i - 1)} aria-label={`Move ${q.label} up`}>
                  ↑ Up
                </button>
                <button type="button" disabled={i === questions.length - 1} onClick={() => reorder(i, i + 1)} aria-label={`Move ${q.label} down`}>
                  ↓ Down
                </button>
                <button type="button" disabled={i === questions.length - 1} onClick={() => mergeWithNext(i)} aria-label={`Merge with next: ${q.label} and the question after it`}>
                  Merge with next
                </button>
                <button type="button" className="button--danger" onClick={() => remove(i)} aria-label={`Remove ${q.label}`}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={onAdd}>
        Add a question
      </button>
    </section>
  );
}
