import { useEffect } from 'react';
import { useApp } from '../../state/store-context';
import { firstSection } from '../../sections';
import type { SectionId } from '../../state/store-types';
import { DeadlineText } from '../../components/deadline-text';
import { SaveStatus } from '../../components/save-status';
import { SectionNav } from './section-nav';
import { QuestionSection } from './question-section';
import { ConfidentialitySection } from './confidentiality-section';
import { RespondentSection } from './respondent-section';
import { SignatorySection } from './signatory-section';
import { ExportSection } from './export-section';
import { ReviewSection } from './review-section';
import { HistorySection } from './history-section';
import { LockBanner } from './lock-banner';
import { DraftToolbar } from './draft-toolbar';
import { FindBar } from './find-bar';
import { PrintDialog } from './print-dialog';
import { PrintStatus } from './print-status';

export function DraftScreen({ draftId, section }: { draftId: string; section: SectionId | null }) {
  const draft = useApp((s) => s.draft);
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
  if (!draft || draft.id !== draftId) return <main className="draft-screen">Opening the draft…</main>;

  const current = section ?? firstSection(draft);
  return (
    <div className="draft-layout">
      <header className="draft-header">
        <button type="button" className="link-button" onClick={() => void closeDraft()}>
          ← Library
        </button>
        <div className="draft-header__titles">
          <div className="draft-header__name">{draft.name}</div>
          <div className="draft-header__consultation">
            {draft.consultation.issuer ? `${draft.consultation.issuer}: ` : ''}
            {draft.consultation.title}
          </div>
        </div>
        <DeadlineText respondBy={draft.consultation.respondBy} />
        <DraftToolbar />
        <SaveStatus />
      </header>
      <SectionNav draft={draft} current={current} />
      <main className="draft-main" id="section-content">
        {panel === 'find' ? <FindBar draft={draft} /> : null}
        {panel === 'print' ? <PrintDialog draft={draft} /> : null}
        <PrintStatus />
        <LockBanner draft={draft} />
        <SectionContent section={current} />
      </main>
    </div>
  );
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
