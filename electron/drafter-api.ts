// Names only: the preload bundles this file, and the contract's schemas would bring zod with them.
import type { Channel, DrafterApi, IpcEventName, IpcResult } from '../shared/ipc';
import { CHANNEL_NAMES } from '../shared/ipc-names';

/** Sends one call across the process boundary: `ipcRenderer.invoke` in the app, HTTP in the e2e bridge. */
export type Invoke = (channel: Channel, args: unknown) => Promise<unknown>;

/** Listens to one contract event across the boundary; returns the function that stops listening. */
export type Subscribe = (event: IpcEventName, listener: (payload: unknown) => void) => () => void;

const UNREACHABLE: IpcResult<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'The app could not complete that request. Close the app, open it again and retry.',
  },
};

/**
 * One named function per contract channel and nothing else, so the page can
 * never reach a channel (or anything of Node) that the contract does not name.
 * A call always resolves to a result: a transport failure becomes an
 * 'internal' error instead of a rejection the renderer would have to expect.
 */
export function buildDrafterApi(invoke: Invoke, subscribe: Subscribe): DrafterApi {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNEL_NAMES) {
    api[channel] = (args?: unknown) => invoke(channel, args).catch(() => UNREACHABLE);
  }
  api['subscribe'] = subscribe;
  return Object.freeze(api) as unknown as DrafterApi;
}
