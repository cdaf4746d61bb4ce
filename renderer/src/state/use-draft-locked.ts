import { isLocked } from '../../../shared/workflow';
import { useApp } from './store-context';

/** True when the open draft is signed off, sent or closed, and so read-only. */
export function useDraftLocked(): boolean {
  return useApp((s) => (s.draft ? isLocked(s.draft.status) : false));
}
