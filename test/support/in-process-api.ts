import { buildDrafterApi } from '../../electron/drafter-api';
import { createIpcHandlers } from '../../electron/ipc-handlers';
import type { Services } from '../../electron/services/contracts';
import type { Channel, DrafterApi, IpcEventName, IpcEventPayload } from '../../shared/ipc';

export interface InProcessApi {
  api: DrafterApi;
  /** Sends an event as the main process would (a menu command, a file opened by double-click). */
  emit: <E extends IpcEventName>(event: E, payload: IpcEventPayload<E>) => void;
}

/**
 * The renderer's API wired straight to the main-process handlers, with each
 * argument and result cloned as IPC would, so nothing is shared by reference.
 */
export function inProcessApi(services: Services): InProcessApi {
  const handlers = createIpcHandlers(services);
  const listeners = new Map<IpcEventName, Set<(payload: unknown) => void>>();
  const api = buildDrafterApi(
    async (channel: Channel, args: unknown) => structuredClone(await handlers[channel](structuredClone(args))),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
  return {
    api,
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(structuredClone(payload));
    },
  };
}
