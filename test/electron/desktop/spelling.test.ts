import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { setUpBritishSpelling, type SpellingSession } from '../../../electron/spelling';

function fakeSession(available: string[]) {
  return Object.assign(new EventEmitter(), {
    availableSpellCheckerLanguages: available,
    setSpellCheckerLanguages: vi.fn<(languages: string[]) => void>(),
  });
}

describe('spelling', () => {
  it('checks in British English on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const session = fakeSession(['en-US', 'en-GB', 'fr']);
      setUpBritishSpelling(session as unknown as SpellingSession, platform, vi.fn());
      expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['en-GB']);
    }
  });

  it("leaves macOS to the system's own spell checker and languages", () => {
    const session = fakeSession(['en-GB']);
    setUpBritishSpelling(session as unknown as SpellingSession, 'darwin', vi.fn());
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });

  it('warns rather than fails when British English is not offered', () => {
    const session = fakeSession(['en-US']);
    const warn = vi.fn();
    setUpBritishSpelling(session as unknown as SpellingSession, 'linux', warn);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('says why spelling is not checked when the dictionary cannot be downloaded offline', () => {
    const session = fakeSession(['en-GB']);
    const warn = vi.fn();
    setUpBritishSpelling(session as unknown as SpellingSession, 'win32', warn);
    session.emit('spellcheck-dictionary-download-failure', {}, 'en-GB');
    expect(warn.mock.calls[0]?.[0]).toMatch(/en-GB spelling dictionary could not be downloaded/);
  });
});
