import type { StateCreator } from 'zustand';
import type { AnswerMatch, AnswerSearchQuery } from '../../../shared/ipc';
import type { WorkflowAction } from '../../../shared/workflow';
import type { AppState, StoreDeps, WorkflowSlice } from './store-types';
import { EMPTY_HISTORY } from './undo-history';
import type { CommentTarget } from '../../../shared/model';
import { addComment, appendEarlierAnswer, resolveComment } from '../../../shared/draft-changes';

function newCommentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `c-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Review, sign-off, sending and reuse: steps the main process records, taken on the saved draft. */
export const createWorkflowSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], WorkflowSlice> =>
  (set, get) => ({
    workflowError: null,

    async runWorkflow(action: WorkflowAction) {
      const draft = get().draft;
      if (!draft) return false;
      await get().flushSave();
      if (get().hasUnsavedChanges()) {
        set({ workflowError: 'The draft could not be saved, so the step was not taken. Fix the save problem first.' });
        return false;
      }
      const result = await deps.api['draft:workflow']({ id: draft.id, action });
      if (!result.ok) {
        set({ workflowError: result.error.message });
        return false;
      }
      // Nothing was typed since the save above, so the draft from disk is the whole truth.
      set({ draft: result.value, revision: 0, savedRevision: 0, workflowError: null, undoHistory: EMPTY_HISTORY });
      return true;
    },

    async searchAnswers(query: AnswerSearchQuery) {
      const result = await deps.api['answers:search'](query);
      if (!result.ok) {
        set({ workflowError: result.error.message });
        return null;
      }
      return result.value;
    },

    async insertEarlierAnswer(questionId: string, match: AnswerMatch) {
      const draft = get().draft;
      if (!draft) return;
      get().editDraft((d) => appendEarlierAnswer(d, questionId, match, deps.clock()));
      const result = await deps.api['draft:noteReuse']({ id: draft.id, questionId, fromDraftId: match.draftId, fromQuestionId: match.questionId });
      if (result.ok) {
        const current = get().draft;
        if (current?.id === draft.id) set({ draft: { ...current, ...result.value } });
      } else {
        set({ workflowError: result.error.message });
      }
    },

    addComment(target: CommentTarget, author: string, text: string) {
      get().editDraft((d) => addComment(d, { id: newCommentId(), target, author, text }, deps.clock()));
    },

    resolveComment(id: string, by: string) {
      get().editDraft((d) => resolveComment(d, id, by, deps.clock()));
    },

    clearWorkflowError() {
      set({ workflowError: null });
    },
  });
