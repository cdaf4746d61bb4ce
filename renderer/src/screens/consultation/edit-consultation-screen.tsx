import { useEffect, useState } from 'react';
import { useApp } from '../../state/store-context';
import { newQuestion, NO_FINDINGS } from '../../state/import-slice';
import { ConsultationFields } from '../import/consultation-fields';
import { QuestionEditor } from '../import/question-editor';
import { SaveProblems } from '../../components/save-problems';

const noSpan = () => undefined;

/** Corrects a consultation already in the library, with the same editors as the import review. */
export function EditConsultationScreen({ consultationId }: { consultationId: string }) {
  const edit = useApp((s) => s.consultationEdit);
  const error = useApp((s) => s.consultationError);
  const drafts = useApp((s) => s.listing?.drafts.filter((d) => d.consultationId === consultationId).length ?? 0);
  const startConsultationEdit = useApp((s) => s.startConsultationEdit);
  const editConsultation = useApp((s) => s.editConsultation);
  const saveConsultationEdit = useApp((s) => s.saveConsultationEdit);
  const cancelConsultationEdit = useApp((s) => s.cancelConsultationEdit);
  const [problems, setProblems] = useState<string[]>([]);
  const editingThis = edit?.original.id === consultationId;

  // Opened from a link or a reload: start from the library's copy.
  useEffect(() => {
    if (!editingThis && error === null) void startConsultationEdit(consultationId);
  }, [editingThis, error, consultationId, startConsultationEdit]);

  if (!editingThis) {
    return (
      <main className="library">
        <p>{error ?? 'Opening the consultation…'}</p>
        <button type="button" onClick={cancelConsultationEdit}>
          Back to the library
        </button>
      </main>
    );
  }
  const { original, consultation } = edit;
  if (original.source === 'bundled') {
    return (
      <main className="library" aria-labelledby="edit-title">
        <h1 id="edit-title">{original.title}</h1>
        <p role="note">This consultation comes with the app and is read-only. To work from a changed version, type it in as a new consultation.</p>
        <button type="button" onClick={cancelConsultationEdit}>
          Back to the library
        </button>
      </main>
    );
  }
  const reservedIds = original.questions.map((q) => q.id);
  const findings = consultation.questions.map(() => NO_FINDINGS.title);

  return (
    <div className="import-layout import-layout--typed">
      <main className="import-main" aria-labelledby="edit-title">
        <h1 id="edit-title">Correct the consultation</h1>
        <p>
          Change anything that was read or typed wrongly: its details and its questions. {draftsNote(drafts)} Nothing changes until you save.
        </p>
        <ConsultationFields consultation={consultation} findings={NO_FINDINGS} imported={false} onShow={noSpan} onChange={(change) => editConsultation((c) => ({ ...c, ...change }))} />
        <QuestionEditor
          questions={consultation.questions}
          findings={findings}
          imported={false}
          onShow={noSpan}
          onChange={(questions) => editConsultation((c) => ({ ...c, questions }))}
          onAdd={() => editConsultation((c) => ({ ...c, questions: [...c.questions, newQuestion(c.questions, reservedIds)] }))}
        />
        <SaveProblems problems={problems} />
        <div className="import-actions">
          <button type="button" onClick={cancelConsultationEdit}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={() => void saveConsultationEdit().then(setProblems)}>
            Save the corrections
          </button>
        </div>
      </main>
    </div>
  );
}

function draftsNote(drafts: number): string {
  if (drafts === 0) return 'No response has been started to it yet.';
  const which = drafts === 1 ? 'The draft already started keeps its own copy' : `The ${drafts} drafts already started keep their own copy`;
  return `${which} until you open ${drafts === 1 ? 'it' : 'each'} and choose to update it; answers stay with their questions.`;
}
