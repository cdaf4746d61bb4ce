import type { StateCreator } from 'zustand';
import type { Consultation } from '../../../shared/model';
import type { AppState, ConsultationEditSlice, StoreDeps } from './store-types';
import { EMPTY_HISTORY } from './undo-history';
import { firstSection } from '../sections';
import { loadConsultationProblems } from './load-consultation-problems';

/** Correcting and removing saved consultations, and bringing a correction into the open draft. */
export const createConsultationEditSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ConsultationEditSlice> =>
  (set, get) => ({
    consultationEdit: null,
    consultationError: null,

    async startConsultationEdit(id) {
      if (get().listing === null) await get().loadLibrary();
      const original = get().listing?.consultations.find((c) => c.id === id) ?? null;
      set({ consultationEdit: original ? { original, consultation: original } : null, consultationError: original ? null : 'That consultation is no longer in the library.' });
      get().navigate({ screen: 'edit-consultation', consultationId: id });
    },

    editConsultation(edit: (consultation: Consultation) => Consultation) {
      const current = get().consultationEdit;
      if (current) set({ consultationEdit: { ...current, consultation: edit(current.consultation) } });
    },

    async saveConsultationEdit() {
      const current = get().consultationEdit;
      if (!current) return [];
      const problems = (await loadConsultationProblems())(current.consultation);
      if (problems.length > 0) return problems;
      const result = await deps.api['consultation:update']({ consultation: current.consultation });
      if (!result.ok) return [result.error.message];
      set({ consultationEdit: null });
      get().navigate({ screen: 'library' });
      await get().loadLibrary();
      return [];
    },

    cancelConsultationEdit() {
      set({ consultationEdit: null, consultationError: null });
      get().navigate({ screen: 'library' });
    },

    async removeConsultation(id) {
      const result = await deps.api['consultation:remove']({ id });
      set({ consultationError: result.ok ? null : result.error.message });
      await get().loadLibrary();
      return result.ok;
    },

    async takeUpCorrection(correctedAt) {
      const draft = get().draft;
      if (!draft) return false;
      await get().flushSave();
      if (get().hasUnsavedChanges()) {
        set({ consultationError: 'The draft could not be saved, so it was not updated. Fix the save problem first.' });
        return false;
      }
      const result = await deps.api['draft:takeUpCorrection']({ id: draft.id, correctedAt });
      if (!result.ok) {
        set({ consultationError: result.error.message });
        return false;
      }
      // Nothing was typed since the save above, so the draft from disk is the whole truth; undo cannot cross the update.
      set({ draft: result.value, revision: 0, savedRevision: 0, consultationError: null, undoHistory: EMPTY_HISTORY });
      // The question on screen may have been removed: show the draft's first section instead of a missing one.
      const view = get().view;
      if (view.screen === 'draft' && view.section?.startsWith('question:') && !result.value.consultation.questions.some((q) => `question:${q.id}` === view.section)) {
        get().navigate({ ...view, section: firstSection(result.value.consultation) });
      }
      await get().loadLibrary();
      return true;
    },

    clearConsultationError() {
      set({ consultationError: null });
    },
  });
