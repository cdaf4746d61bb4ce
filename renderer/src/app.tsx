import { lazy, Suspense, useEffect } from 'react';
import { useApp, useAppStore } from './state/store-context';
import { PrintLetter } from './print/print-letter';
import { LibraryScreen } from './screens/library/library-screen';
import { loadDraftScreen } from './screens/draft/load-draft-screen';
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

// Each screen's code is read when the screen first opens, so the window starts with only what its first screen needs.
const DraftScreen = lazy(() => loadDraftScreen().then((m) => ({ default: m.DraftScreen })));
const SettingsScreen = lazy(() => import('./screens/settings/settings-screen').then((m) => ({ default: m.SettingsScreen })));
const ImportScreen = lazy(() => import('./screens/import/import-screen').then((m) => ({ default: m.ImportScreen })));
const EditConsultationScreen = lazy(() => import('./screens/consultation/edit-consultation-screen').then((m) => ({ default: m.EditConsultationScreen })));

function ScreenFor() {
  return (
    <Suspense fallback={<p className="screen-loading">Opening…</p>}>
      <LoadedScreen />
    </Suspense>
  );
}

function LoadedScreen() {
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
