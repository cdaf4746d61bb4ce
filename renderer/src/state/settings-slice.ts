import type { StateCreator } from 'zustand';
import type { Profile } from '../../../shared/model';
import type { AppState, SettingsSlice, StoreDeps } from './store-types';

export const createSettingsSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], SettingsSlice> =>
  (set) => ({
    settings: null,
    settingsError: null,

    async loadSettings() {
      const result = await deps.api['settings:get']();
      if (result.ok) set({ settings: result.value, settingsError: null });
      else set({ settingsError: result.error.message });
    },

    async saveProfile(profile: Profile) {
      const result = await deps.api['settings:saveProfile']({ profile });
      if (result.ok) set({ settings: result.value, settingsError: null });
      else set({ settingsError: result.error.message });
      return result.ok;
    },
  });
