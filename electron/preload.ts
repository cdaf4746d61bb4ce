import { contextBridge, ipcRenderer } from 'electron';
import type { IpcEventName } from '../shared/ipc';
import { API_GLOBAL, EVENT_NAMES } from '../shared/ipc-names';
import { buildDrafterApi } from './drafter-api';

// Only the contract's named functions cross into the page: no ipcRenderer, no generic invoke, no process.
contextBridge.exposeInMainWorld(
  API_GLOBAL,
  buildDrafterApi(
    (channel, args) => ipcRenderer.invoke(channel, args),
    (event: IpcEventName, listener) => {
      // Only the contract's events, and the page never sees the IpcRendererEvent (it carries `sender`).
      if (!(EVENT_NAMES as readonly string[]).includes(event)) return () => undefined;
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(event, wrapped);
      return () => {
        ipcRenderer.removeListener(event, wrapped);
      };
    },
  ),
);
