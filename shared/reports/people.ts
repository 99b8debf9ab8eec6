// The panel's members and the advisory experts (issue 12): attendance, findings on time, silence
// counted as «عدم مغایرت سیستمی», agreement with the ruling in force; opinions on time or late.
import { diffDays, type IsoDate } from '../dates/jalali';
import type { AssignmentFact, AssignmentTally, AttendanceFact, FindingFact, FindingTally, PersonFact } from './facts';
import type { ExpertRow, MemberRow } from './schema';
import { daysStatOf, entryOf, rate } from './stats';

/** A personal finding agrees with the panel when it points the same way as the ruling in force. */
export function agreesWithRuling(f: FindingFact): boolean | null {
  if (f.source !== 'member' || f.finalOutcome === null) return null;
  return (f.finding === 'no_conflict') === (f.finalOutcome === 'compliant');
}

/** A member's finding tally with nothing counted yet. */
export const emptyFindingTally = (memberId: string, memberName: string): FindingTally => ({
  memberId,
  memberName,
  findings: 0,
  onTime: 0,
  silent: 0,
  comparable: 0,
  agreed: 0,
});

/** The member figures of findings, one tally per member in the order they first appear. */
export function tallyFindings(findings: readonly FindingFact[]): FindingTally[] {
  const out = new Map<string, FindingTally>();
  for (const f of findings) {
    const t = entryOf(out, f.memberId, () => emptyFindingTally(f.memberId, f.memberName));
    if (f.source === 'system') {
      t.silent += 1;
      continue;
    }
    t.findings += 1;
    if (f.recordedDate <= f.deadline) t.onTime += 1;
    const agrees = agreesWithRuling(f);
    if (agrees !== null) {
      t.comparable += 1;
      if (agrees) t.agreed += 1;
    }
  }
  return [...out.values()];
}

/** Everyone named in `people` gets a row (zeros included), then anyone else the facts name. */
function rosterOf(people: readonly PersonFact[], named: readonly { id: string; name: string }[]): PersonFact[] {
  const out = new Map(people.map((p) => [p.id, p]));
  for (const p of named) if (!out.has(p.id)) out.set(p.id, p);
  return [...out.values()];
}

export function memberRows(
  members: readonly PersonFact[],
  attendance: readonly AttendanceFact[],
  findings: readonly FindingTally[],
): MemberRow[] {
  const roster = rosterOf(members, [
    ...attendance.map((a) => ({ id: a.memberId, name: a.memberName })),
    ...findings.map((f) => ({ id: f.memberId, name: f.memberName })),
  ]);
  const tallies = new Map(findings.map((t) => [t.memberId, t]));
  return roster.map((p) => {
    const mine = attendance.filter((a) => a.memberId === p.id);
    const t = tallies.get(p.id);
    const own = t?.findings ?? 0;
    const onTime = t?.onTime ?? 0;
    const comparable = t?.comparable ?? 0;
    const agreed = t?.agreed ?? 0;
    return {
      memberId: p.id,
      name: p.name,
      attended: mine.filter((a) => a.present).length,
      missed: mine.filter((a) => !a.present).length,
      findings: own,
      onTime,
      late: own - onTime,
      silent: t?.silent ?? 0,
      comparable,
      agreed,
      agreementRate: rate(agreed, comparable),
    };
  });
}

/** The expert figures of assignments, one tally per expert in the order they first appear. */
export function tallyAssignments(assignments: readonly AssignmentFact[], asOf: IsoDate): AssignmentTally[] {
  const out = new Map<string, AssignmentTally>();
  for (const a of assignments) {
    const t = entryOf(out, a.expertId, () => ({
      expertId: a.expertId,
      expertName: a.expertName,
      assigned: 0,
      submitted: 0,
      onTime: 0,
      overdue: 0,
      days: [] as { days: number; n: number }[],
    }));
    t.assigned += 1;
    if (a.submittedDate === null) {
      if (asOf > a.dueDate) t.overdue += 1;
      continue;
    }
    t.submitted += 1;
    if (a.submittedDate <= a.dueDate) t.onTime += 1;
    t.days.push({ days: diffDays(a.submittedDate, a.assignedDate), n: 1 });
  }
  return [...out.values()];
}

export function expertRows(experts: readonly PersonFact[], tallies: readonly AssignmentTally[]): ExpertRow[] {
  const roster = rosterOf(
    experts,
    tallies.map((t) => ({ id: t.expertId, name: t.expertName })),
  );
  const byId = new Map(tallies.map((t) => [t.expertId, t]));
  const rows = roster.map((p) => {
    const t = byId.get(p.id);
    const submitted = t?.submitted ?? 0;
    const onTime = t?.onTime ?? 0;
    const overdue = t?.overdue ?? 0;
    const assigned = t?.assigned ?? 0;
    return {
      expertId: p.id,
      name: p.name,
      assigned,
      submitted,
      onTime,
      late: submitted - onTime,
      overdue,
      open: assigned - submitted - overdue,
      days: daysStatOf(t?.days ?? []),
    };
  });
  // the busiest first
  return rows.sort((a, b) => b.assigned - a.assigned || a.name.localeCompare(b.name, 'fa'));
}
