import type { StateCreator } from 'zustand';
import type { Profile } from '../../../shared/model';
import type { AppState, SettingsSlice, StoreDeps } from './store-types';

export const createSettingsSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], SettingsSlice> =>
  (set) => {
    // Every part of a screen that shows a deadline asks for the settings when it appears; they share one request.
    let loading: Promise<void> | null = null;
    return {
      settings: null,
      settingsError: null,

      loadSettings() {
        loading ??= deps.api['settings:get']()
          .then((result) => {
            if (result.ok) set({ settings: result.value, settingsError: null });
            else set({ settingsError: result.error.message });
          })
          .finally(() => {
            loading = null;
          });
        return loading;
      },

      async saveProfile(profile: Profile) {
        const result = await deps.api['settings:saveProfile']({ profile });
        if (result.ok) set({ settings: result.value, settingsError: null });
        else set({ settingsError: result.error.message });
        return result.ok;
      },
    };
  };
