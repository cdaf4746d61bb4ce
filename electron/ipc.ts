import { ipcMain } from 'electron';
import { channels, type Channel, type IpcResult } from '../shared/ipc';
import type { IpcHandlers } from './ipc-handlers';

/** The part of an invoke event the trust check reads (Electron's IpcMainInvokeEvent has more). */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of ipcMain used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, args: unknown) => Promise<IpcResult<unknown>>): void;
}

export interface IpcRegistration {
  /** Resolves once no call is being handled, or after `timeoutMs`; lets quitting wait for a last save. */
  whenIdle(timeoutMs: number): Promise<void>;
  readonly busy: boolean;
}

/** Hooks around trusted calls, for the main process to react to what the window did. */
export interface IpcObserver {
  /** A trusted call arrived: the page is running and listening to the main process. */
  onCall?(channel: Channel): void;
  /** A trusted call was answered (say, a draft file was opened, so Open recent changed). */
  onResult?(channel: Channel, result: IpcResult<unknown>): void;
}

const UNTRUSTED: IpcResult<never> = {
  ok: false,
  error: { code: 'untrusted-sender', message: "The request did not come from the app's own window, so it was refused." },
};

/** An observer's mistake must never change the answer the window gets. */
function notify(hook: () => void): void {
  try {
    hook();
  } catch (error) {
    console.error('An IPC observer failed:', error);
  }
}

/** Only the top frame may call; the app has no iframes, so a sub-frame can only be something injected. */
function senderUrl(event: InvokeEventLike): string | null {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return null;
  return frame.url;
}

/**
 * One ipcMain.handle per contract channel. The sender is checked before the
 * argument is even looked at; the handler then validates the argument itself.
 */
export function registerIpcHandlers(
  target: IpcMainLike,
  handlers: IpcHandlers,
  isTrustedSender: (url: string) => boolean,
  observer: IpcObserver = {},
): IpcRegistration {
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const settle = (): void => {
    inFlight -= 1;
    if (inFlight === 0) {
      const done = waiters;
      waiters = [];
      done.forEach((resolve) => resolve());
    }
  };

  for (const channel of channels) {
    const handler = handlers[channel] as (rawArgs: unknown) => Promise<IpcResult<unknown>>;
    target.handle(channel, async (event, args) => {
      const url = senderUrl(event);
      if (url === null || !isTrustedSender(url)) return UNTRUSTED;
      inFlight += 1;
      let result: IpcResult<unknown>;
      try {
        notify(() => observer.onCall?.(channel));
        result = await handler(args);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        result = { ok: false, error: { code: 'internal', message: `Something went wrong: ${detail}` } };
      } finally {
        settle();
      }
      notify(() => observer.onResult?.(channel, result));
      return result;
    });
  }

  return {
    get busy() {
      return inFlight > 0;
    },
    whenIdle(timeoutMs) {
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** Registers the handlers on Electron's own ipcMain (kept here: raw ipcMain is allowed only in this file). */
export function registerMainIpc(handlers: IpcHandlers, isTrustedSender: (url: string) => boolean, observer: IpcObserver = {}): IpcRegistration {
  return registerIpcHandlers(ipcMain, handlers, isTrustedSender, observer);
}
