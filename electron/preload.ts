import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../shared/ipc';
import { buildDrafterApi } from './drafter-api';

// Only the contract's named functions cross into the page: no ipcRenderer, no generic invoke, no process.
contextBridge.exposeInMainWorld(
  API_GLOBAL,
  buildDrafterApi((channel, args) => ipcRenderer.invoke(channel, args)),
);
