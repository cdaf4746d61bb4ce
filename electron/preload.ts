import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, eventNames, type IpcEventName } from '../shared/ipc';
import { buildDrafterApi } from './drafter-api';

// Only the contract's named functions cross into the page: no ipcRenderer, no generic invoke, no process.
contextBridge.exposeInMainWorld(
  API_GLOBAL,
  buildDrafterApi(
    (channel, args) => ipcRenderer.invoke(channel, args),
    (event: IpcEventName, listener) => {
      // Only the contract's events, and the page never sees the IpcRendererEvent (it carries `sender`).
      if (!eventNames.includes(event)) return () => undefined;
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(event, wrapped);
      return () => {
        ipcRenderer.removeListener(event, wrapped);
      };
    },
  ),
);
