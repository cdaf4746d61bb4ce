import { ipcEvents, type IpcEventName, type IpcEventPayload } from '../shared/ipc';

/** The part of WebContents that delivers a message to the page. */
export interface MessageTarget {
  send(channel: string, payload: unknown): void;
}

/**
 * Messages from the main process to the window ('menu:command',
 * 'draft:opened'). A message sent before the page listens would be lost — a
 * draft double-clicked to start the app arrives while the page is still
 * loading — so messages wait until the page has called the main process for
 * the first time: its listeners are subscribed in the same render as that
 * first call.
 */
export interface WindowMessages {
  post<E extends IpcEventName>(event: E, payload: IpcEventPayload<E>): void;
  /** A page is loading in this target (a new window, or a reload): hold messages until it calls. */
  pageLoading(target: MessageTarget): void;
  /** The page made a trusted call, so it is listening. */
  pageCalled(): void;
  /** The window has gone; messages wait for the next one. */
  windowClosed(): void;
}

/** Enough for a burst of menu commands during a slow start; older ones are dropped first. */
const MAX_WAITING = 20;

export function createWindowMessages(): WindowMessages {
  let target: MessageTarget | null = null;
  let listening = false;
  let waiting: Array<{ event: IpcEventName; payload: unknown }> = [];

  const deliver = (event: IpcEventName, payload: unknown): void => {
    target?.send(event, payload);
  };

  return {
    post(event, payload) {
      // A wrong payload is a bug here, and must not reach the page.
      const checked: unknown = ipcEvents[event].parse(payload);
      if (target !== null && listening) return deliver(event, checked);
      waiting = [...waiting, { event, payload: checked }].slice(-MAX_WAITING);
    },
    pageLoading(next) {
      target = next;
      listening = false;
    },
    pageCalled() {
      if (target === null || listening) return;
      listening = true;
      const ready = waiting;
      waiting = [];
      for (const message of ready) deliver(message.event, message.payload);
    },
    windowClosed() {
      target = null;
      listening = false;
    },
  };
}
