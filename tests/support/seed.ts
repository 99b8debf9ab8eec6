// Bringing the app in browser mode to a state fast, through its own API from the page, each step
// as the user whose step it is: `loginAs` changes the page's session cookie without the sign-in
// screen (reload the page, or use signInAs, to show the app as that user).
import type { Page } from 'playwright-core';
import type { Resolution } from '../../shared/schemas/resolution';
import type { SessionDetail } from '../../shared/schemas/session';
import { apiCall, PASSWORD } from './app';
import { OBJECTION } from './fixtures';

/** A contract call that must succeed: its data, or an error naming the method and the refusal. */
export async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const r = await apiCall<T>(page, method, input);
  if (!r.ok) throw new Error(`${method} failed (${r.status}): ${r.error.code} ${r.error.message}`);
  return r.data;
}

export async function loginAs(page: Page, username: string, password = PASSWORD): Promise<void> {
  await api(page, 'auth.login', { username, password });
}

export interface PanelPeople {
  secretary: string;
  expert: string;
  /** the voting members' usernames; the first two find a conflict, the rest no conflict */
  members: string[];
}

/**
 * A resolution (`resolution`: resolutions.register's input) found in conflict by the expert and
 * ruled objected in a session held on `day` (today on the app's clock), which is then closed.
 * Leaves the secretary signed in.
 */
export async function objectedInClosedSession(
  page: Page,
  people: PanelPeople,
  resolution: Record<string, unknown>,
  day: string,
): Promise<{ resolutionId: string; sessionId: string }> {
  await loginAs(page, people.secretary);
  const r = await api<Resolution>(page, 'resolutions.register', { attachments: [], ...resolution });
  return objectInClosedSession(page, people, r.id, day);
}

/** A registered resolution (`id`) taken through the expert's conflict to an objection in a closed session. */
export async function objectInClosedSession(
  page: Page,
  people: PanelPeople,
  id: string,
  day: string,
): Promise<{ resolutionId: string; sessionId: string }> {
  const r = { id };
  await loginAs(page, people.secretary);
  const experts = await api<{ id: string; username: string }[]>(page, 'users.list', { role: 'expert' });
  const expertId = experts.find((u) => u.username === people.expert)!.id;
  await api(page, 'review.assign', { resolutionId: r.id, expertId });

  await loginAs(page, people.expert);
  await api(page, 'review.submitOpinion', {
    resolutionId: r.id,
    conclusion: 'conflict',
    reasoning: OBJECTION.reasoning,
    clauses: [OBJECTION.clause],
    grounds: OBJECTION.grounds,
    referenceIds: OBJECTION.referenceIds,
  });

  await loginAs(page, people.secretary);
  const s = await api<SessionDetail>(page, 'sessions.schedule', {
    date: day,
    time: '10:00',
    place: 'سالن جلسات فرمانداری',
  });
  const d = await api<SessionDetail>(page, 'sessions.setAgenda', {
    id: s.session.id,
    rev: s.session.rev,
    resolutionIds: [r.id],
  });
  const itemId = d.items[0].id;
  const members = await api<{ id: string; username: string }[]>(page, 'users.list', { role: 'member' });
  for (const [i, username] of people.members.entries()) {
    await loginAs(page, username);
    await api(page, 'sessions.recordFinding', { itemId, finding: i < 2 ? 'conflict' : 'no_conflict' });
  }

  await loginAs(page, people.secretary);
  await api(page, 'sessions.recordAttendance', {
    id: s.session.id,
    presentMemberIds: members.filter((u) => people.members.includes(u.username)).map((u) => u.id),
  });
  await api(page, 'sessions.close', { id: s.session.id });
  return { resolutionId: r.id, sessionId: s.session.id };
}
