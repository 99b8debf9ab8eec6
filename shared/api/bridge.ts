// What the Electron preload exposes on window.tatbiq: one generic call, nothing else.
import type { Result } from './contract';

export interface TatbiqBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** desktop-only helpers the shell offers; absent in browser mode */
  readonly desktop: true;
  /** the desktop's folder dialog (where to write a backup, which one to restore); null: cancelled */
  pickFolder?(): Promise<string | null>;
}

export const API_CHANNEL = 'tatbiq:call';
export const PICK_FOLDER_CHANNEL = 'tatbiq:pick-folder';
