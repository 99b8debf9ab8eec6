// The one IPC channel: the contract's generic call, from the app's own page only. The core
// validates the method and its input (shared/api/contract.ts); this only carries the call.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_CHANNEL, PICK_FOLDER_CHANNEL } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/contract';
import type { Core } from '../core';
import { isAppUrl } from './app-protocol';
import * as fa from './messages';

/** Only the top frame of a page served from app://tatbiq may call the core. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Session tokens live here, in the main process, one per window: the page never holds one. */
const sessions = new Map<number, string>();
const watched = new Set<number>();

export function bindApi(core: Core): void {
  const log = core.context.log;
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!trustedSender(event)) {
      log.warn(
        {
          url: event.senderFrame?.url ?? null,
          method: typeof method === 'string' ? method.slice(0, 100) : typeof method,
        },
        'ipc call from an untrusted frame refused',
      );
      return { ok: false, error: { code: 'forbidden', message: fa.ipc.forbidden } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown_method', message: fa.ipc.badMethod } };
    }
    try {
      const id = event.sender.id;
      if (!watched.has(id)) {
        watched.add(id);
        event.sender.once('destroyed', () => {
          sessions.delete(id);
          watched.delete(id);
        });
      }
      return await core.dispatch(method, input, {
        token: sessions.get(id) ?? null,
        setSession: (token) => (token ? sessions.set(id, token) : sessions.delete(id)),
      });
    } catch (e) {
      // the dispatcher already turns failures into Results; this is only a last guard
      log.error({ err: e, method }, 'ipc call failed');
      return { ok: false, error: { code: 'internal', message: fa.ipc.internal } };
    }
  });
}

export function unbindApi(): void {
  ipcMain.removeHandler(API_CHANNEL);
  ipcMain.removeHandler(PICK_FOLDER_CHANNEL);
}

/** The folder dialog (backups): only a path the user chose goes back to the page. */
export function bindFolderPicker(): void {
  ipcMain.handle(PICK_FOLDER_CHANNEL, async (event): Promise<string | null> => {
    if (!trustedSender(event)) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: fa.pickFolder,
      properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
    };
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  });
}
