// What every service receives: storage, the clock and who is acting. The clock is injected so
// tests can move time; production reads the system clock.
import type { Database } from './storage/database';
import type { BlobStore } from './storage/blobs';
import type { Logger } from './logger';
import type { Actor as ActorRole } from '../../shared/lifecycle/roles';
import { coreMessages } from './messages';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** Who is acting: a signed-in user, or the system itself (the lapse check, a session's tally). */
export interface Actor {
  id: string;
  name: string;
  role: ActorRole;
  /** the panel's chair (a member with the flag) */
  isChair?: boolean;
  /** set for signed-in users */
  username?: string;
  title?: string;
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
  /** the transport's session token, and how to replace it (sign-in, sign-out) */
  token?: string | null;
  setSession?: (token: string | null) => void;
  /** where the call came from, for throttling sign-in attempts */
  remote?: string;
  /** how the call arrived (this computer, or another device over the office network) and its browser, kept with a new session */
  origin?: SessionOrigin;
}

export interface SessionOrigin {
  via: 'local' | 'lan';
  userAgent?: string;
}

/** The actor of automatic transitions; never a user who signs in. */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: coreMessages.systemActor, role: 'system' };
