// Moving resolutions through the lifecycle in tests: each step through the real services, as
// the user who takes it, and a snapshot to prove that a refusal wrote nothing.
import { expect } from 'vitest';
import { todayInTehran } from '../../shared/dates/jalali';
import type { Actor } from '../../src-main/core';
import { recordSessionRuling, type SessionRulingInput } from '../../src-main/core/rulings/record';
import { type People, type TestCore } from './core';
import { OBJECTION, resolutionInput } from './fixtures';

export { OBJECTION } from './fixtures';

let serial = 0;

/** A fresh resolution of `councilId` (its own numbers, so many can be registered). */
export async function registerOne(t: TestCore, councilId: string, over: Record<string, unknown> = {}) {
  serial += 1;
  return t.call(
    'resolutions.register',
    resolutionInput(councilId, {
      councilResolutionNumber: `R-${serial}`,
      incomingNumber: `IN-${serial}`,
      ...over,
    }),
  );
}

export async function assign(t: TestCore, people: People, id: string) {
  return t.as(people.secretary).call('review.assign', { resolutionId: id, expertId: people.expert.id });
}

/** Assigned to people.expert, who submits an opinion finding a conflict → awaiting_ruling. */
export async function toAwaitingRuling(t: TestCore, people: People, id: string) {
  await assign(t, people, id);
  await t.as(people.expert).call('review.submitOpinion', {
    resolutionId: id,
    conclusion: 'conflict',
    reasoning: OBJECTION.reasoning,
    clauses: [OBJECTION.clause],
    grounds: OBJECTION.grounds as never,
    referenceIds: OBJECTION.referenceIds,
  });
}

/** A session's ruling, as the sessions capability records it. */
export function rule(
  t: TestCore,
  actor: Actor,
  id: string,
  outcome: 'compliant' | 'objected',
  over: Partial<SessionRulingInput> = {},
) {
  const votes =
    outcome === 'objected'
      ? { conflict: 2, partial: 0, noConflict: 1, systemNoConflict: 0 }
      : { conflict: 0, partial: 0, noConflict: 2, systemNoConflict: 1 };
  return t.core.context.db.write((tx) =>
    recordSessionRuling(t.core.context, tx, actor, {
      resolutionId: id,
      sessionId: 'session-1',
      outcome,
      votes,
      ...over,
    }),
  );
}

/** Ruled objected (from the expert's opinion), letter sent today, received by the council on `receivedDate`. */
export async function toWithCouncil(t: TestCore, people: People, id: string, receivedDate = '2026-11-24') {
  await toAwaitingRuling(t, people, id);
  await rule(t, people.secretary, id, 'objected');
  const asSecretary = t.as(people.secretary);
  const letterDate = todayInTehran(t.now.value);
  await asSecretary.call('objection.letterSent', { resolutionId: id, outgoingNumber: '۱۴۰۵/ت/۱۰۱', letterDate });
  // the council receives it that day: the clock moves there if it is not there yet
  const at = new Date(`${receivedDate}T08:00:00Z`);
  if (at > t.now.value) t.now.value = at;
  return asSecretary.call('objection.councilReceived', { resolutionId: id, receivedDate });
}

const TABLES = [
  'resolution',
  'audit_event',
  'expert_opinion',
  'ruling',
  'council_letter',
  'council_answer',
  'board_referral',
  'court_ruling',
];

/** Row counts of every lifecycle table and the resolution's rev/status: equal before and after a refusal. */
export async function snapshot(t: TestCore, id: string) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = await t.count(table);
  const [row] = await t.core.context.db.read.query(
    'SELECT status, rev, due_date AS dueDate, assigned_expert_id AS expert FROM resolution WHERE id = ?',
    [id],
  );
  return { counts, row };
}

/** Runs `refused`, expects it to fail with `code` (and a message matching `message`), and nothing written. */
export async function expectRefused(
  t: TestCore,
  id: string,
  refused: () => Promise<{ code: string; message: string; fields?: Record<string, string> }>,
  code: string,
  message?: RegExp | string,
) {
  const before = await snapshot(t, id);
  const error = await refused();
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
  expect(await snapshot(t, id)).toEqual(before);
  return error;
}

/** For a recordSessionRuling refusal (an AppError thrown inside the caller's transaction). */
export async function failure(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  try {
    await p;
  } catch (e) {
    const err = e as { code?: string; message: string; fields?: Record<string, string> };
    return { code: err.code ?? 'thrown', message: err.message, fields: err.fields };
  }
  throw new Error('expected a refusal');
}
