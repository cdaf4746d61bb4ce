import { buildDrafterApi } from '../../electron/drafter-api';
import { createIpcHandlers } from '../../electron/ipc-handlers';
import type { Services } from '../../electron/services/contracts';
import type { Channel, DrafterApi } from '../../shared/ipc';

/**
 * The renderer's API wired straight to the main-process handlers, with each
 * argument and result cloned as IPC would, so nothing is shared by reference.
 */
export function inProcessApi(services: Services): DrafterApi {
  const handlers = createIpcHandlers(services);
  return buildDrafterApi(async (channel: Channel, args: unknown) => {
    const result = await handlers[channel](structuredClone(args));
    return structuredClone(result);
  });
}
