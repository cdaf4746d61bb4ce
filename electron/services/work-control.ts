import type { WorkKind, WorkProgress } from '../../shared/work-progress';
import type { WorkControl } from './contracts';

/**
 * One running import and one running export, each with its own abort
 * controller; progress goes to `report` (the window, through main.ts). Starting
 * work of a kind that is already running stops the earlier one.
 */
export function createWorkControl(report: (progress: WorkProgress) => void = () => {}): WorkControl {
  const running = new Map<WorkKind, AbortController>();
  return {
    async run(kind, task) {
      running.get(kind)?.abort();
      const controller = new AbortController();
      running.set(kind, controller);
      try {
        return await task({ signal: controller.signal, onProgress: (progress) => report({ kind, ...progress }) });
      } finally {
        if (running.get(kind) === controller) running.delete(kind);
      }
    },
    cancel(kind) {
      const controller = running.get(kind);
      if (!controller) return false;
      controller.abort();
      running.delete(kind);
      return true;
    },
  };
}
