import type { Channel, IpcResult, RecentFile } from '../shared/ipc';

/** The window's calls that add a file to the recent list when they succeed. */
const RECENT_FILE_CHANNELS: readonly Channel[] = ['draftFile:open', 'draftFile:saveCopy'];

/** True when the window's call changed the recent files, so File > Open recent must be rebuilt. */
export function changesRecentFiles(channel: Channel, result: IpcResult<unknown>): boolean {
  // A cancelled dialog answers ok with null: nothing was opened or saved.
  return RECENT_FILE_CHANNELS.includes(channel) && result.ok && result.value !== null;
}

export interface MenuRefresherOptions {
  /** The recent files as the window would list them ('recent:list'), with whether each still exists. */
  loadRecentFiles: () => Promise<RecentFile[]>;
  /** Builds the application menu with those files and sets it. */
  apply: (recentFiles: RecentFile[]) => void;
}

export interface MenuRefresher {
  refresh(): Promise<void>;
}

/**
 * Rebuilds the application menu when the recent files change. Refreshes
 * asked for while one is running collapse into one more, so the menu always
 * ends up showing the latest list.
 */
export function createMenuRefresher(options: MenuRefresherOptions): MenuRefresher {
  let running: Promise<void> | null = null;
  let again = false;

  async function run(): Promise<void> {
    do {
      again = false;
      try {
        options.apply(await options.loadRecentFiles());
      } catch (error) {
        // The old menu stays; it still works, it only lacks the newest file.
        console.warn('The recent files menu could not be rebuilt:', error);
      }
    } while (again);
    running = null;
  }

  return {
    refresh() {
      if (running !== null) {
        again = true;
        return running;
      }
      running = run();
      return running;
    },
  };
}
