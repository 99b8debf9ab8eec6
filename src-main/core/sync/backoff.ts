// Retry delays: exponential with full jitter (a random delay between 0 and the exponential cap),
// so hundreds of offices that lost the server at the same moment do not all come back at once.
export interface BackoffPolicy {
  /** the first retry waits up to this long */
  baseMs: number;
  /** no retry waits longer */
  capMs: number;
}

export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
