// Counting a session's findings into a decision. Pure: the rules live here, the I/O elsewhere.
//
// - Only the findings of the members who count are tallied: those present once attendance is
//   recorded (before that, every active member, for a provisional view).
// - Conflict and partial conflict count together against no conflict (real and system).
// - A side wins during the session only when its lead is more than the votes still missing; at
//   the close a missing vote is an abstention, and an even split (or no vote at all) is a tie:
//   undecided, carried to the next session (DOMAIN.md "Who is who").
// - A member's silence becomes «عدم مغایرت (سیستمی)» when policy memberSilenceCountsAsNoConflict
//   holds and the member's deadline day has ended in Tehran (the calculator's isPast): on the last
//   day itself the member may still vote, so until midnight their silence is only «not yet
//   recorded», and an item ruled (or a session closed) that day counts it as an abstention.
import { isPast, memberFindingDeadline } from '../../../shared/deadlines/calculator';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import type { Decision, FindingCode, FindingSource, RulingOutcome, Tally } from '../../../shared/schemas/session';

export interface CountedFinding {
  memberId: string;
  finding: FindingCode | string;
  source: FindingSource | string;
}

export function tallyFindings(findings: readonly CountedFinding[], voters: readonly string[]): Tally {
  const counted = new Set(voters);
  const t: Tally = { conflict: 0, partial: 0, noConflict: 0, systemNoConflict: 0, missing: 0 };
  const voted = new Set<string>();
  for (const f of findings) {
    if (!counted.has(f.memberId) || voted.has(f.memberId)) continue;
    voted.add(f.memberId);
    if (f.source === 'system') t.systemNoConflict++;
    else if (f.finding === 'conflict') t.conflict++;
    else if (f.finding === 'partial_conflict') t.partial++;
    else t.noConflict++;
  }
  t.missing = counted.size - voted.size;
  return t;
}

const against = (t: Tally) => t.conflict + t.partial;
const inFavour = (t: Tally) => t.noConflict + t.systemNoConflict;

/** The decision while the session runs (quorumMet null: attendance not recorded yet). */
export function decide(t: Tally, quorumMet: boolean | null): Decision {
  if (quorumMet === false) return 'no_quorum';
  const lead = against(t) - inFavour(t);
  if (lead > t.missing) return 'objected';
  if (-lead > t.missing) return 'compliant';
  return t.missing > 0 ? 'open' : 'tie';
}

/** The decision at the close: a missing vote is an abstention. Null: a tie (or nobody voted). */
export function decideAtClose(t: Tally): RulingOutcome | null {
  const lead = against(t) - inFavour(t);
  if (lead > 0) return 'objected';
  if (lead < 0) return 'compliant';
  return null;
}

/** Every member who counts found no conflict (by vote, or by final silence): the block (DESIGN.md §2). */
export function isUncontested(t: Tally): boolean {
  return t.missing === 0 && against(t) === 0 && inFavour(t) > 0;
}

/**
 * May silence on this resolution now be recorded as «عدم مغایرت (سیستمی)»? From the instant the
 * members' deadline day ends in Tehran: the same instant recordFinding stops taking votes, so the
 * vote buttons and the displayed state never disagree.
 */
export function silenceIsFinal(receiptDate: string, policy: DeadlinePolicy, now: Date): boolean {
  if (!policy.memberSilenceCountsAsNoConflict) return false;
  return isPast(memberFindingDeadline(receiptDate, policy), now);
}

/** The members who count and have not voted: whom a final silence turns into system findings. */
export function silentVoters(findings: readonly CountedFinding[], voters: readonly string[]): string[] {
  const voted = new Set(findings.map((f) => f.memberId));
  return voters.filter((v) => !voted.has(v));
}
