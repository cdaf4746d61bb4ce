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
      <PrintLetter />
    </>
  );
}

function Screen() {
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
