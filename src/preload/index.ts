import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { LoketEvent } from '../shared/api/events';
import type { BridgeResult, LoketBridge } from './api';

/** Exposes only the typed API: one call channel and one event channel, nothing of Node or Electron. */
const bridge: LoketBridge = {
  call: (method: string, input: unknown) => ipcRenderer.invoke('loket:call', method, input) as Promise<BridgeResult>,
  onEvent(listener) {
    const handler = (_e: IpcRendererEvent, event: LoketEvent): void => listener(event);
    ipcRenderer.on('loket:event', handler);
    return () => {
      ipcRenderer.removeListener('loket:event', handler);
    };
  },
};

contextBridge.exposeInMainWorld('loket', bridge);
