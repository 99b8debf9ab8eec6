// How often a password may be tried, for sign-in and for a password change alike.
//
// Every check of a password is counted as a failure *before* the slow scrypt check runs, in
// synchronous code (one event loop, so no two attempts interleave between the check and the
// count); a success takes its count back. So 60 wrong passwords sent at once are not all checked:
// the first LOCK_AFTER are, the rest find the account locked.
//
// Three limits:
// - the account: LOCK_AFTER wrong passwords in a row lock it for LOCK_MINUTES. Unknown names
//   are counted and locked exactly like real ones, so the answers never tell which names exist.
// - a username from one address: PAIR_LIMIT failures in PAIR_WINDOW_MS, so the lock's cycles do
//   not add up to an unlimited number of tries from one computer. Keyed by name and address
//   together: in browser mode every user on the office computer comes from 127.0.0.1, and one
//   person's mistakes must not shut the others out.
// - password spraying: an address that failed on SPRAY_NAMES different names within
//   SPRAY_WINDOW_MS is refused for every name until the window passes.
//
// The state lives in memory; the database row of a known user keeps its count and lock across a
// restart (seeded from it, and re-seeded whenever the row's rev moved: an admin's reset).

export const LOCK_AFTER = 5;
export const LOCK_MINUTES = 5;
export const PAIR_LIMIT = 20;
export const PAIR_WINDOW_MS = 60 * 60_000;
export const SPRAY_NAMES = 8;
export const SPRAY_WINDOW_MS = 10 * 60_000;
/** Accounts tracked at most (unknown names included); idle ones are forgotten first. */
const MAX_TRACKED = 10_000;

interface Account {
  failures: number;
  lockedUntil: number | null;
  /** the stored row's rev this state was seeded from (null: no such user) */
  rev: number | null;
  touched: number;
}

/** What the database says of a known, active user. */
export interface StoredCount {
  failures: number;
  lockedUntil: string | null;
  rev: number;
}

export type Refusal = { refused: 'locked'; until: string } | { refused: 'address' };

export interface Attempt {
  refused?: undefined;
  /** the account's count and lock as they stand now, to store */
  current(): { failedAttempts: number; lockedUntil: string | null };
  /** this attempt is the one that locked the account */
  locked: boolean;
  /** the password was right: take the count back */
  succeeded(): void;
}

export function createThrottle(now: () => number) {
  const accounts = new Map<string, Account>();
  const pairs = new Map<string, number[]>();
  const namesByAddress = new Map<string, Map<string, number>>();

  const recent = (times: number[], window: number, t: number) => times.filter((x) => t - x < window);

  function account(name: string, stored: StoredCount | null, t: number): Account {
    let a = accounts.get(name);
    if (!a || (stored && a.rev !== stored.rev)) {
      a = stored
        ? {
            failures: stored.failures,
            lockedUntil: stored.lockedUntil ? Date.parse(stored.lockedUntil) : null,
            rev: stored.rev,
            touched: t,
          }
        : { failures: 0, lockedUntil: null, rev: null, touched: t };
      accounts.set(name, a);
      if (accounts.size > MAX_TRACKED) forgetIdle(t);
    }
    a.touched = t;
    return a;
  }

  function forgetIdle(t: number) {
    for (const [name, a] of accounts) {
      if (accounts.size <= MAX_TRACKED / 2) break;
      if ((a.lockedUntil ?? 0) < t && t - a.touched > PAIR_WINDOW_MS) accounts.delete(name);
    }
    for (const [key, times] of pairs) if (!recent(times, PAIR_WINDOW_MS, t).length) pairs.delete(key);
    for (const [addr, names] of namesByAddress) {
      for (const [n, at] of names) if (t - at >= SPRAY_WINDOW_MS) names.delete(n);
      if (!names.size) namesByAddress.delete(addr);
    }
  }

  function spraying(remote: string, t: number): boolean {
    let n = 0;
    for (const at of namesByAddress.get(remote)?.values() ?? []) if (t - at < SPRAY_WINDOW_MS) n++;
    return n >= SPRAY_NAMES;
  }

  /**
   * Counts one password check for `name` from `remote` (undefined: the desktop window, which has
   * no address), or says why none may run now. Synchronous: call it right before the check.
   */
  function admit(name: string, remote: string | undefined, stored: StoredCount | null): Refusal | Attempt {
    const t = now();
    const a = account(name, stored, t);
    const pairKey = `${remote}\n${name}`;
    if (remote !== undefined) {
      const tries = recent(pairs.get(pairKey) ?? [], PAIR_WINDOW_MS, t);
      pairs.set(pairKey, tries);
      if (tries.length >= PAIR_LIMIT || spraying(remote, t)) return { refused: 'address' };
    }
    if (a.lockedUntil !== null && a.lockedUntil > t)
      return { refused: 'locked', until: new Date(a.lockedUntil).toISOString() };

    a.failures++;
    const locked = a.failures % LOCK_AFTER === 0;
    if (locked) a.lockedUntil = t + LOCK_MINUTES * 60_000;
    if (remote !== undefined) {
      pairs.get(pairKey)!.push(t);
      let names = namesByAddress.get(remote);
      if (!names) namesByAddress.set(remote, (names = new Map()));
      names.set(name, t);
    }
    let settled = false;
    return {
      current: () => ({
        failedAttempts: a.failures,
        lockedUntil: a.lockedUntil !== null ? new Date(a.lockedUntil).toISOString() : null,
      }),
      locked,
      succeeded() {
        if (settled) return;
        settled = true;
        a.failures = 0;
        a.lockedUntil = null;
        if (remote === undefined) return;
        const tries = pairs.get(pairKey);
        const i = tries?.lastIndexOf(t) ?? -1;
        if (tries && i >= 0) tries.splice(i, 1);
        namesByAddress.get(remote)?.delete(name);
      },
    };
  }

  return { admit };
}

export type Throttle = ReturnType<typeof createThrottle>;
