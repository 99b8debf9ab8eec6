// What the Electron preload exposes on window.tatbiq: one generic call, nothing else.
import type { Result } from './contract';

export interface TatbiqBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** desktop-only helpers the shell offers; absent in browser mode */
  readonly desktop: true;
}

export const API_CHANNEL = 'tatbiq:call';
