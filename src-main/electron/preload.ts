// Runs sandboxed in the page before it loads: exposes window.tatbiq with the contract's one call
// and nothing else (no ipcRenderer, no Node). Bundled into one file; it may import only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, PICK_FOLDER_CHANNEL, type TatbiqBridge } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/contract';

const bridge: TatbiqBridge = {
  call: (method: string, input: unknown): Promise<Result<unknown>> => ipcRenderer.invoke(API_CHANNEL, method, input),
  desktop: true,
  pickFolder: (): Promise<string | null> => ipcRenderer.invoke(PICK_FOLDER_CHANNEL),
};

contextBridge.exposeInMainWorld('tatbiq', bridge);
