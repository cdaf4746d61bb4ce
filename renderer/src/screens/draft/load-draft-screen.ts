/** The draft screen's code, asked for once: by the app when the screen opens, or earlier when the window starts on it. */
let loading: Promise<typeof import('./draft-screen')> | null = null;

export function loadDraftScreen(): Promise<typeof import('./draft-screen')> {
  loading ??= import('./draft-screen');
  return loading;
}
