import type { DrafterApi } from './ipc';

declare global {
  interface Window {
    /** Put there by electron/preload.ts under the name API_GLOBAL ('drafter'). */
    readonly drafter: DrafterApi;
  }
}

export {};
