import { useEffect } from 'react';
import { useApp } from '../../state/store-context';
import { firstSection } from '../../sections';
import type { SectionId } from '../../state/store-types';
import { DeadlineText } from '../../components/deadline-text';
import { SaveStatus } from '../../components/save-status';
import { SharedStatus } from '../../components/shared-status';
import { SectionNav } from './section-nav';
import { QuestionSection } from './question-section';
import { ConfidentialitySection } from './confidentiality-section';
import { RespondentSection } from './respondent-section';
import { SignatorySection } from './signatory-section';
import { ExportSection } from './export-section';
import { ReviewSection } from './review-section';
import { HistorySection } from './history-section';
import { LockBanner } from './lock-banner';
import { ConsultationCorrection } from './consultation-correction';
import { DraftToolbar } from './draft-toolbar';
import { FindBar } from './find-bar';
import { PrintDialog } from './print-dialog';
import { PrintStatus } from './print-status';

/**
 * The frame around a draft's sections. It reads only what does not change as
 * the user types (name, consultation), so a keystroke re-renders the section
 * being edited and the progress ticks, not the whole screen.
 */
export function DraftScreen({ draftId, section }: { draftId: string; section: SectionId | null }) {
  const loaded = useApp((s) => s.draft?.id === draftId);
  const name = useApp((s) => s.draft?.name ?? '');
  const consultation = useApp((s) => s.draft?.consultation ?? null);
  const draftError = useApp((s) => s.draftError);
  const openDraft = useApp((s) => s.openDraft);
  const closeDraft = useApp((s) => s.closeDraft);
  const panel = useApp((s) => s.panel);

  useEffect(() => {
    void openDraft(draftId);
  }, [openDraft, draftId]);

  if (draftError) {
    return (
      <main className="draft-screen">
        <div className="alert alert--error" role="alert">
          <p>This draft could not be opened. {draftError.message}</p>
          <button type="button" onClick={() => void closeDraft()}>
            Back to the library
          </button>
        </div>
      </main>
    );
  }
  if (!loaded || !consultation) return <main className="draft-screen">Opening the draft…</main>;

  const current = section ?? firstSection(consultation);
  return (
    <div className="draft-layout">
      <header className="draft-header">
        <button type="button" className="link-button" onClick={() => void closeDraft()}>
          ← Library
        </button>
        <div className="draft-header__titles">
          <div className="draft-header__name">{name}</div>
          <div className="draft-header__consultation">
            {consultation.issuer ? `${consultation.issuer}: ` : ''}
            {consultation.title}
          </div>
        </div>
        <DeadlineText respondBy={consultation.respondBy} sayWhenPassed />
        <DraftToolbar />
        <SaveStatus />
      </header>
      <SectionNav draftId={draftId} consultation={consultation} current={current} />
      <main className="draft-main" id="section-content">
        {panel !== null ? <DraftPanel panel={panel} /> : null}
        <PrintStatus />
        <LockBanner />
        <SharedStatus />
        <ConsultationCorrection />
        <SectionContent section={current} />
      </main>
    </div>
  );
}

/** Find and print need the whole draft, so they read it only while open. */
function DraftPanel({ panel }: { panel: 'find' | 'print' }) {
  const draft = useApp((s) => s.draft);
  if (!draft) return null;
  return panel === 'find' ? <FindBar draft={draft} /> : <PrintDialog draft={draft} />;
}

function SectionContent({ section }: { section: SectionId }) {
  if (section.startsWith('question:')) return <QuestionSection questionId={section.slice('question:'.length)} />;
  switch (section) {
    case 'confidentiality':
      return <ConfidentialitySection />;
    case 'respondent':
      return <RespondentSection />;
    case 'signatory':
      return <SignatorySection />;
    case 'export':
      return <ExportSection />;
    case 'review':
      return <ReviewSection />;
    case 'history':
      return <HistorySection />;
    default:
      return null;
  }
}
