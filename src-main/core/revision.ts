// The one refusal of a change made from a stale page (optimistic concurrency on `rev`): the user
// saw one revision of a row, the row is now at another, so the change would overwrite unseen work.
import { AppError } from '../../shared/api/errors';
import { coreMessages, type REVISED_THINGS } from './messages';

export type RevisedThing = keyof typeof REVISED_THINGS;

/** The conflict error for a stale page of `thing`. */
export function staleRevision(thing: RevisedThing): AppError {
  return new AppError('conflict', coreMessages.changedMeanwhile(thing));
}

/** Throws the stale-page conflict unless the row is at the revision the user saw (`undefined`: not checked). */
export function requireRevision(thing: RevisedThing, current: number, seen: number | undefined): void {
  if (seen !== undefined && seen !== current) throw staleRevision(thing);
}
