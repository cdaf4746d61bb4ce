import type { MenuCommand } from '../../../shared/ipc';
import type { AppState } from './store-types';
import { TOGGLE_CONFIDENTIAL_EVENT } from './toggle-confidential-event';

/** What each application-menu command does in the window. */
export async function runMenuCommand(state: AppState, command: MenuCommand): Promise<void> {
  const draft = state.view.screen === 'draft' ? state.draft : null;
  switch (command) {
    case 'new-response':
      await state.flushSave();
      state.navigate({ screen: 'library' });
      return;
    case 'import-consultation':
      await state.chooseImportFile();
      return;
    case 'open-draft-file':
      await state.openDraftFile(null);
      return;
    case 'save-copy-as':
      if (draft) await state.saveCopyAs();
      return;
    case 'export':
      if (draft) state.navigate({ screen: 'draft', draftId: draft.id, section: 'export' });
      return;
    case 'print':
      if (draft) state.setPanel('print');
      return;
    case 'close-draft':
      if (draft) await state.closeDraft();
      return;
    // In a draft, undo steps through the whole draft; elsewhere (settings, import) the text field undoes itself.
    case 'undo':
      if (draft) state.undo();
      else document.execCommand('undo');
      return;
    case 'redo':
      if (draft) state.redo();
      else document.execCommand('redo');
      return;
    case 'toggle-confidential': {
      // The focused answer does the marking: it knows its selection.
      const focused = document.activeElement;
      if (draft && focused instanceof HTMLTextAreaElement && focused.dataset['questionId']) {
        focused.dispatchEvent(new Event(TOGGLE_CONFIDENTIAL_EVENT));
      }
      return;
    }
    case 'find':
      if (draft) state.setPanel('find');
      return;
    case 'toggle-preview':
      if (draft && state.view.screen === 'draft') {
        const showingPreview = state.view.section === 'export';
        state.navigate({ screen: 'draft', draftId: draft.id, section: showingPreview ? state.lastEditingSection : 'export' });
      }
      return;
    case 'settings':
      state.navigate({ screen: 'settings' });
      return;
    case 'show-library-folder':
      // The main process shows the folder itself; the window has nothing to do.
      return;
  }
}
