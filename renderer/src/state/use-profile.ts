import { useEffect } from 'react';
import type { Profile } from '../../../shared/model';
import { useApp } from './store-context';

/** The respondent profile, loaded from the settings the first time a screen needs it; null until then. */
export function useProfile(): Profile | null {
  const settings = useApp((s) => s.settings);
  const loadSettings = useApp((s) => s.loadSettings);
  const loaded = settings !== null;
  useEffect(() => {
    if (!loaded) void loadSettings();
  }, [loaded, loadSettings]);
  return settings?.profile ?? null;
}
