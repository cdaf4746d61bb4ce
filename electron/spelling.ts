/** The part of Electron's Session that runs the spell checker; Session satisfies it. */
export interface SpellingSession {
  readonly availableSpellCheckerLanguages: string[];
  setSpellCheckerLanguages(languages: string[]): void;
  on(event: 'spellcheck-dictionary-download-failure', listener: (event: unknown, languageCode: string) => void): unknown;
}

export const BRITISH_ENGLISH = 'en-GB';

/**
 * Checks spelling in British English ("organisation", "licence"), as UK
 * regulatory responses are written.
 *
 * macOS uses the system's spell checker and languages, and Electron ignores
 * the language setting there. Elsewhere Chromium's Hunspell needs the en-GB
 * dictionary, which Electron downloads once from the Chromium CDN into the user-data
 * folder; offline, or behind a proxy that blocks it, the download fails and
 * words are simply not underlined until a later start succeeds. Electron can
 * only point the download at another web server, not at a bundled file.
 */
export function setUpBritishSpelling(session: SpellingSession, platform: NodeJS.Platform, warn: (message: string) => void): void {
  if (platform === 'darwin') return;
  // Asking for a language Chromium does not know throws.
  if (!session.availableSpellCheckerLanguages.includes(BRITISH_ENGLISH)) {
    warn('British English spell checking is not available in this build; spelling will not be checked.');
    return;
  }
  session.on('spellcheck-dictionary-download-failure', (_event, languageCode) => {
    warn(`The ${languageCode} spelling dictionary could not be downloaded (offline?); spelling is not checked until it can be.`);
  });
  session.setSpellCheckerLanguages([BRITISH_ENGLISH]);
}
