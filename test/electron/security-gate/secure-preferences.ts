import { expect } from 'vitest';

/**
 * The Electron security checklist for the app window, written out here (not
 * read from electron/window.ts), so a weakened preference fails a test.
 */
export const REQUIRED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
} as const;

/** Options that widen what a page can do: they must not be set at all. */
export const FORBIDDEN_PREFERENCES = ['enableBlinkFeatures', 'additionalArguments', 'enableRemoteModule', 'plugins', 'disableBlinkFeatures', 'v8CacheOptions'] as const;

/** Fails unless the given web preferences meet the checklist and load the expected preload script. */
export function expectSecurePreferences(preferences: object | undefined, preloadPath: string): void {
  expect(preferences).toMatchObject({ ...REQUIRED_PREFERENCES, preload: preloadPath });
  const present = FORBIDDEN_PREFERENCES.filter((name) => preferences !== undefined && name in preferences);
  expect(present).toEqual([]);
}
