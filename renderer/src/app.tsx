import { useApp } from './state/store-context';
import { LibraryScreen } from './screens/library/library-screen';
import { DraftScreen } from './screens/draft/draft-screen';
import { SettingsScreen } from './screens/settings/settings-screen';
import { useHashNavigation } from './use-hash-navigation';
import { useSaveOnClose } from './use-save-on-close';
import { useDueBadge } from './use-due-badge';

export function App() {
  const view = useApp((s) => s.view);
  useHashNavigation();
  useSaveOnClose();
  useDueBadge();
  switch (view.screen) {
    case 'library':
      return <LibraryScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'draft':
      return <DraftScreen draftId={view.draftId} section={view.section} />;
  }
}
