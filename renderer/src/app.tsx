import { useApp } from './state/store-context';
import { LibraryScreen } from './screens/library/library-screen';
import { DraftScreen } from './screens/draft/draft-screen';
import { useHashNavigation } from './use-hash-navigation';
import { useSaveOnClose } from './use-save-on-close';

export function App() {
  const view = useApp((s) => s.view);
  useHashNavigation();
  useSaveOnClose();
  return view.screen === 'library' ? <LibraryScreen /> : <DraftScreen draftId={view.draftId} section={view.section} />;
}
