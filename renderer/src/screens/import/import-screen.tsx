import { useState } from 'react';
import type { SourceSpan } from '../../../../shared/import/import-result';
import { useApp } from '../../state/store-context';
import { newQuestion } from '../../state/import-slice';
import { ConsultationFields } from './consultation-fields';
import { QuestionEditor } from './question-editor';
import { SourcePane } from './source-pane';
import { SaveProblems } from '../../components/save-problems';

/** Check what was found beside the source text, correct it, and only then add it to the library. */
export function ImportScreen() {
  const review = useApp((s) => s.importReview);
  const editImport = useApp((s) => s.editImport);
  const saveImport = useApp((s) => s.saveImport);
  const cancelImport = useApp((s) => s.cancelImport);
  const [span, setSpan] = useState<SourceSpan | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  if (!review) {
    return (
      <main className="library">
        <p>Nothing is being imported.</p>
        <button type="button" onClick={cancelImport}>
          Back to the library
        </button>
      </main>
    );
  }
  const imported = review.fileName !== null;
  const lowCount = imported
    ? [...Object.entries(review.findings).filter(([k, f]) => k !== 'questions' && !Array.isArray(f) && f.confidence === 'low'), ...review.questionFindings.filter((f) => f.confidence === 'low')].length
    : 0;

  const save = async (start: boolean) => setProblems(await saveImport(start));

  return (
    <div className={`import-layout${imported ? '' : ' import-layout--typed'}`}>
      <main className="import-main" aria-labelledby="import-title">
        <h1 id="import-title">{imported ? `Check the consultation read from “${review.fileName}”` : 'Type in a consultation'}</h1>
        <p>
          {imported
            ? `Correct anything the app got wrong. ${lowCount > 0 ? `${lowCount} finding${lowCount === 1 ? ' is' : 's are'} highlighted because the app was unsure.` : 'Everything was found with reasonable confidence, but check it against the document.'} Nothing is added to the library until you save.`
            : 'Enter the details and questions of a consultation that has no document.'}
        </p>
        <ConsultationFields
          consultation={review.consultation}
          findings={review.findings}
          imported={imported}
          onShow={setSpan}
          onChange={(change) => editImport((r) => ({ ...r, consultation: { ...r.consultation, ...change } }))}
        />
        <QuestionEditor
          questions={review.consultation.questions}
          findings={review.questionFindings}
          imported={imported}
          onShow={setSpan}
          onChange={(questions, questionFindings) => editImport((r) => ({ ...r, consultation: { ...r.consultation, questions }, questionFindings }))}
          onAdd={() =>
            editImport((r) => ({
              ...r,
              consultation: { ...r.consultation, questions: [...r.consultation.questions, newQuestion(r.consultation.questions)] },
              questionFindings: [...r.questionFindings, { confidence: 'high', span: null }],
            }))
          }
        />
        <SaveProblems problems={problems} />
        <div className="import-actions">
          <button type="button" onClick={cancelImport}>
            Cancel
          </button>
          <button type="button" onClick={() => void save(false)}>
            Save to the library
          </button>
          <button type="button" className="button button--primary" onClick={() => void save(true)}>
            Save and start a response
          </button>
        </div>
      </main>
      {imported ? (
        <aside className="import-source">
          <h2>The document’s text</h2>
          <SourcePane text={review.sourceText} span={span} fileName={review.fileName} />
        </aside>
      ) : null}
    </div>
  );
}
