import type { DrafterApi } from '../../../shared/ipc';
import { viewFromHash } from './navigation-slice';

/** An early answer is handed out only this soon after start; later calls want fresh data. */
const EARLY_ANSWER_MS = 10_000;

/**
 * The first screen's data, asked for while the rest of the app's code is still
 * starting: the URL says which screen opens, so the main process can read the
 * library (or the draft) meanwhile instead of after React's first render. The
 * settings are asked for on every screen, since every screen's deadlines need
 * the profile's bank-holiday region. The first matching call takes the answer;
 * every other call goes to the main process as usual.
 */
export function withEarlyRequests(api: DrafterApi, hash: string, now: () => number = () => performance.now()): DrafterApi {
  const startedAt = now();
  const view = viewFromHash(hash);
  let library = view.screen === 'library' ? api['library:list']() : null;
  let draft = view.screen === 'draft' ? { id: view.draftId, result: api['draft:open']({ id: view.draftId }) } : null;
  let settings: ReturnType<DrafterApi['settings:get']> | null = api['settings:get']();
  const fresh = () => now() - startedAt < EARLY_ANSWER_MS;
  return {
    ...api,
    'library:list': () => {
      const early = library;
      library = null;
      return early && fresh() ? early : api['library:list']();
    },
    'draft:open': (args) => {
      const early = draft;
      draft = null;
      return early && early.id === args.id && fresh() ? early.result : api['draft:open'](args);
    },
    'settings:get': () => {
      const early = settings;
      settings = null;
      return early && fresh() ? early : api['settings:get']();
    },
  };
}
