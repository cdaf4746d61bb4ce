import { useEffect } from 'react';
import { useApp, useAppStore } from './state/store-context';
import { PrintLetter } from './print/print-letter';
import { LibraryScreen } from './screens/library/library-screen';
import { DraftScreen } from './screens/draft/draft-screen';
import { SettingsScreen } from './screens/settings/settings-screen';
import { ImportScreen } from './screens/import/import-screen';
import { EditConsultationScreen } from './screens/consultation/edit-consultation-screen';
import { useFileDrop } from './use-file-drop';
import { useHashNavigation } from './use-hash-navigation';
import { useSaveOnClose } from './use-save-on-close';
import { useDueBadge } from './use-due-badge';
import { ScreenBoundary } from './components/screen-boundary';

export function App() {
  useHashNavigation();
  useSaveOnClose();
  useDueBadge();
  useFileDrop();
  useMainProcessEvents();
  return (
    <>
      <div className="screen-only">
        <Screen />
      </div>
      <ScreenBoundary what="The letter for printing">
        <PrintLetter />
      </ScreenBoundary>
    </>
  );
}

/** Each screen has its own error boundary, reset when the screen changes, so one failure never blanks the window. */
function Screen() {
  const view = useApp((s) => s.view);
  const navigate = useApp((s) => s.navigate);
  // A new screen starts afresh; moving between a draft's sections clears an error without remounting the draft.
  const key = view.screen === 'draft' ? `draft:${view.draftId}` : view.screen;
  const resetKey = view.screen === 'draft' ? String(view.section) : view.screen;
  const leave = view.screen === 'library' ? undefined : { label: 'Back to the library', run: () => navigate({ screen: 'library' }) };
  return (
    <ScreenBoundary key={key} resetKey={resetKey} what="This screen" onLeave={leave}>
      <ScreenFor />
    </ScreenBoundary>
  );
}

function ScreenFor() {
  const view = useApp((s) => s.view);
  switch (view.screen) {
    case 'library':
      return <LibraryScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'import':
      return <ImportScreen />;
    case 'edit-consultation':
      return <EditConsultationScreen consultationId={view.consultationId} />;
    case 'draft':
      return <DraftScreen draftId={view.draftId} section={view.section} />;
  }
}

function useMainProcessEvents(): void {
  const store = useAppStore();
  useEffect(() => store.getState().listenToMainProcess(), [store]);
}
