import { createStore, type StoreApi } from 'zustand';
import { createDraftSlice } from './draft-slice';
import { createExportSlice } from './export-slice';
import { createWorkflowSlice } from './workflow-slice';
import { createSettingsSlice } from './settings-slice';
import { createImportSlice } from './import-slice';
import { createPrintSlice } from './print-slice';
import { createDesktopSlice } from './desktop-slice';
import { createWorkSlice } from './work-slice';
import { createLibrarySlice } from './library-slice';
import { createNavigationSlice } from './navigation-slice';
import { createConsultationEditSlice } from './consultation-edit-slice';
import type { AppState, StoreDeps, View } from './store-types';

export type AppStore = StoreApi<AppState>;

/** One store of typed slices; created per app (and per test), never a module singleton. */
export function createAppStore(deps: StoreDeps, initialView: View = { screen: 'library' }): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createNavigationSlice(initialView)(...args),
    ...createLibrarySlice(deps)(...args),
    ...createDraftSlice(deps)(...args),
    ...createExportSlice(deps)(...args),
    ...createWorkflowSlice(deps)(...args),
    ...createSettingsSlice(deps)(...args),
    ...createImportSlice(deps)(...args),
    ...createPrintSlice(deps)(...args),
    ...createDesktopSlice(deps)(...args),
    ...createConsultationEditSlice(deps)(...args),
    ...createWorkSlice(deps)(...args),
  }));
}
