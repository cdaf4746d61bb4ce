import { AppError } from '../shared/app-error';
import type { DraftLibrary, SettingsStore } from './services/contracts';
import type { WindowMessages } from './window-messages';

export interface DraftFileOpenerOptions {
  library: Pick<DraftLibrary, 'openFile'>;
  settings: Pick<SettingsStore, 'addRecentFile'>;
  messages: Pick<WindowMessages, 'post'>;
  /** Creates the window if there is none, restores it if minimised and brings it to the front. */
  showWindow: () => void;
  /** The recent-files list changed, so File > Open recent must be rebuilt. */
  recentFilesChanged: () => void;
  /** Tells the user a file could not be opened; `message` says what happened and what to do. */
  reportProblem: (path: string, message: string) => void;
}

export interface DraftFileOpener {
  /** Opens a draft file the main process was handed (double-click, a second launch, File > Open recent). */
  open(path: string): Promise<void>;
}

function describe(error: unknown, path: string): string {
  if (error instanceof AppError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `"${path}" could not be opened (${detail}). Check the file is still there and readable, then try again.`;
}

/**
 * The same steps as File > Open in the window ('draftFile:open'), for files
 * that reach the main process first: open the draft where it is, so it
 * autosaves in place, remember it, and show it in the window.
 */
export function createDraftFileOpener(options: DraftFileOpenerOptions): DraftFileOpener {
  // One after another: two files handed over together must not race to be the one shown.
  let queue: Promise<void> = Promise.resolve();

  async function openNow(path: string): Promise<void> {
    let draftId: string;
    try {
      draftId = (await options.library.openFile(path)).id;
    } catch (error) {
      options.showWindow();
      options.reportProblem(path, describe(error, path));
      return;
    }
    options.showWindow();
    options.messages.post('draft:opened', { draftId });
    try {
      await options.settings.addRecentFile(path);
      options.recentFilesChanged();
    } catch {
      // The draft is open; a settings file that cannot be written only costs its place in Open recent.
    }
  }

  return {
    open(path) {
      queue = queue.then(() => openNow(path));
      return queue;
    },
  };
}
