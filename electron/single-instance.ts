/** The part of Electron's `app` that hands draft files to the running copy; Electron's App satisfies it. */
export interface LaunchApp {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

export interface DraftFileLaunchOptions {
  app: LaunchApp;
  /** This launch's own command line and working folder (process.argv, process.cwd()). */
  argv: readonly string[];
  cwd: string;
  draftPaths: (argv: readonly string[], cwd: string) => string[];
  /** Brings the window forward when a second launch names no file. */
  showWindow: () => void;
}

export interface DraftFileLaunches {
  /**
   * Call once the services exist: opens the files this launch was started
   * with and any handed over meanwhile, then opens later ones as they come.
   */
  start(open: (path: string) => Promise<void>): Promise<void>;
}

/**
 * Where draft files reach the app from outside: the first launch's command
 * line (Windows and Linux double-click), a second launch's command line
 * (relayed by the single-instance lock, whose second copy then quits), and
 * macOS's 'open-file', which can fire before 'ready'. Call synchronously at
 * startup, before 'ready', so no 'open-file' is missed.
 */
export function listenForDraftFiles(options: DraftFileLaunchOptions): DraftFileLaunches {
  let opener: ((path: string) => Promise<void>) | null = null;
  const waiting: string[] = [];

  const open = (path: string): Promise<void> => {
    if (opener === null) {
      waiting.push(path);
      return Promise.resolve();
    }
    return opener(path);
  };

  options.app.on('open-file', (event, path) => {
    // Tells macOS the file was taken; otherwise it reports that the app cannot open it.
    event.preventDefault();
    void open(path);
  });

  options.app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = options.draftPaths(argv, workingDirectory);
    // Opening a draft shows the window itself; a launch with no file still expects to see the app.
    if (paths.length === 0) options.showWindow();
    for (const path of paths) void open(path);
  });

  return {
    async start(next) {
      opener = next;
      const atLaunch = [...options.draftPaths(options.argv, options.cwd), ...waiting.splice(0)];
      for (const path of atLaunch) await next(path);
    },
  };
}
