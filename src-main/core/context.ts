// What every service receives: storage, the clock and who is acting. The clock is injected so
// tests can move time; production reads the system clock.
import type { Database } from './storage/database';
import type { BlobStore } from './storage/blobs';
import type { Logger } from './logger';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export interface Actor {
  id: string;
  name: string;
}

export interface CoreContext {
  db: Database;
  blobs: BlobStore;
  clock: Clock;
  log: Logger;
  mode: 'desktop' | 'browser';
  version: string;
}

export interface CallContext {
  actor: Actor;
}
