// Messages between the secretariat and the panel's members (issue 15 item 5), against a real
// SQLite core: who sees which thread, unread counts from read markers, the automatic notices on a
// session's thread, refusals in Persian that write nothing, and that messages are in backups and
// never in a sync push.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates/jalali';
import { BACKUP_DB } from '../../src-main/core/backup/snapshot';
import { runFindingReminders } from '../../src-main/core/conversations/reminders';
import { openReadOnly } from '../../src-main/core/storage/sqlite';
import { collectBatch } from '../../src-main/core/sync/push';
import { SYNCED_TABLES } from '../../src-main/core/sync/tables';
import { PASSWORD, seedAgenda, startCore, tempDir, type TestCore } from '../support/core';

const SECRET = 'پیام محرمانهٔ دفتر: پیش‌نویس نظر بند ۲ را ببینید.';

let t: TestCore;
afterEach(async () => {
  await t?.close();
});

/** two resolutions on the panel's agenda for a session on 25 Azar */
async function setup() {
  t = await startCore({ backups: false, jobs: false });
  return seedAgenda(t, (n) => ({ councilResolutionNumber: `${n}/۸`, incomingNumber: `۱۴۰۵/ی/${n}` }), 'فرمانداری');
}

const TABLES = ['conversation', 'conversation_message', 'conversation_read'];
const counts = () => Promise.all(TABLES.map((x) => t.count(x)));

describe('conversations', () => {
  it('shows each user only the threads they are in, with their own unread counts', async () => {
    const { people, session, resolutions } = await setup();
    const member1 = t.as(people.member1);
    const member2 = t.as(people.member2);
    const secretary = t.as(people.secretary);

    // the scheduling and the agenda posted two notices on the session's thread, by the secretary
    const list1 = await member1.call('conversations.list', {});
    expect(list1.threads).toHaveLength(1);
    expect(list1.threads[0]).toMatchObject({ kind: 'session', sessionId: session.id, unread: 2 });
    expect(list1.threads[0].title).toContain('جلسهٔ شمارهٔ');
    expect(list1.unread).toBe(2);
    expect((await secretary.call('conversations.unread', {})).unread).toBe(0);

    // a member writes to the secretary directly
    const sec = (await member1.call('conversations.people', {})).map((p) => p.id);
    expect(sec).toContain(people.secretary.id);
    expect(sec).not.toContain(people.member2.id); // members write to the secretariat, not to each other
    const direct = await member1.call('conversations.open', { kind: 'direct', userId: people.secretary.id });
    await member1.call('conversations.post', { conversationId: direct.conversation.id, text: SECRET });
    const u = await secretary.call('conversations.unread', {});
    expect(u.unread).toBe(1);
    expect(u.latest).toMatchObject({
      conversationId: direct.conversation.id,
      authorName: people.member1.name,
      text: SECRET,
    });
    // the same thread when the secretary opens it from their side
    const back = await secretary.call('conversations.open', { kind: 'direct', userId: people.member1.id });
    expect(back.conversation.id).toBe(direct.conversation.id);
    expect(back.conversation.title).toBe(people.member1.name);
    expect(back.messages.map((m) => m.text)).toEqual([SECRET]);

    // no one else reaches the direct thread by any call
    for (const other of [people.member2, people.chair, people.admin]) {
      const o = t.as(other);
      expect((await o.call('conversations.list', {})).threads.map((x) => x.id)).not.toContain(direct.conversation.id);
      expect((await o.fail('conversations.get', { id: direct.conversation.id })).code).toBe('not_found');
      expect((await o.fail('conversations.post', { conversationId: direct.conversation.id, text: 'x' })).code).toBe(
        'not_found',
      );
      expect((await o.fail('conversations.markRead', { id: direct.conversation.id })).code).toBe('not_found');
      expect(JSON.stringify(await o.call('conversations.unread', {}))).not.toContain('محرمانه');
    }
    // an expert and the viewer take no part in messages at all
    for (const other of [people.expert, people.viewer]) {
      expect((await t.as(other).fail('conversations.list', {})).code).toBe('forbidden');
      expect((await t.as(other).fail('conversations.open', { kind: 'session', sessionId: session.id })).code).toBe(
        'forbidden',
      );
    }
    // two members cannot open a direct thread between themselves
    const m2m = await member1.fail('conversations.open', { kind: 'direct', userId: people.member2.id });
    expect(m2m.code).toBe('forbidden');
    expect(m2m.message).toContain('دبیرخانه');

    // the secretary answers; the member's unread rises, the secretary's own message does not count
    await secretary.call('conversations.markRead', { id: direct.conversation.id });
    expect((await secretary.call('conversations.unread', {})).unread).toBe(0);
    await secretary.call('conversations.post', { conversationId: direct.conversation.id, text: 'دریافت شد.' });
    expect((await secretary.call('conversations.unread', {})).unread).toBe(0);
    expect((await member1.call('conversations.unread', {})).unread).toBe(3);
    const after = await member1.call('conversations.markRead', { id: direct.conversation.id });
    expect(after.unread).toBe(2); // the session's two notices are still unread

    // a resolution's thread: the secretariat and every member, each with their own marker
    const rt = await secretary.call('conversations.open', { kind: 'resolution', resolutionId: resolutions[0].id });
    expect(rt.conversation.title).toContain('۱۴۰۵/ی/۱');
    await secretary.call('conversations.post', { conversationId: rt.conversation.id, text: 'نظر کارشناس پیوست شد.' });
    for (const m of [member1, member2, t.as(people.chair), t.as(people.admin)]) {
      const l = await m.call('conversations.list', {});
      expect(l.threads.find((x) => x.id === rt.conversation.id)?.unread).toBe(1);
    }
    await member2.call('conversations.markRead', { id: rt.conversation.id });
    expect((await member2.call('conversations.list', {})).threads.find((x) => x.kind === 'resolution')?.unread).toBe(0);
    expect((await member1.call('conversations.list', {})).threads.find((x) => x.kind === 'resolution')?.unread).toBe(1);
    // the latest thread comes first
    expect((await member1.call('conversations.list', {})).threads[0].id).toBe(rt.conversation.id);
  });

  it('posts the secretary notices: scheduling, agenda changes, a move, a manual notice and deadline reminders', async () => {
    const { people, session, items } = await setup();
    const member = t.as(people.member2);
    const open = () => member.call('conversations.open', { kind: 'session', sessionId: session.id });
    let thread = await open();
    expect(thread.messages.map((m) => m.kind)).toEqual(['notice', 'notice']);
    expect(thread.messages[0]).toMatchObject({ authorId: people.secretary.id, authorName: people.secretary.name });
    expect(thread.messages[0].text).toContain('برنامه‌ریزی شد');
    expect(thread.messages[0].text).toContain('۱۰:۰۰');
    expect(thread.messages[1].text).toContain('دستور');
    expect(thread.messages[1].text).toContain('۱۴۰۵/ی/۲');

    // the same agenda again is no change; a shorter one is
    const cur = (await t.call('sessions.get', { id: session.id })).session;
    const same = await t.call('sessions.setAgenda', {
      id: session.id,
      rev: cur.rev,
      resolutionIds: items.map((i) => i.resolutionId),
    });
    expect((await open()).messages).toHaveLength(2);
    const shorter = await t.call('sessions.setAgenda', {
      id: session.id,
      rev: same.session.rev,
      resolutionIds: [items[0].resolutionId],
    });
    thread = await open();
    expect(thread.messages).toHaveLength(3);
    expect(thread.messages[2].text).toContain('(۱ بند)');

    // moved to another hour: a notice; the same place and time again: none
    const moved = await t.call('sessions.update', {
      id: session.id,
      rev: shorter.session.rev,
      date: '2026-11-25',
      time: '11:30',
      place: 'فرمانداری',
      note: '',
    });
    expect((await open()).messages.at(-1)?.text).toContain('۱۱:۳۰');
    await t.call('sessions.update', {
      id: session.id,
      rev: moved.session.rev,
      date: '2026-11-25',
      time: '11:30',
      place: 'فرمانداری',
      note: 'یادداشت',
    });
    expect((await open()).messages).toHaveLength(4);

    // the secretary's own notice to all the session's members
    const n = await t.as(people.secretary).call('conversations.notice', {
      sessionId: session.id,
      text: 'لطفاً بسته جلسه را پیش از جلسه بخوانید.',
    });
    expect(n.kind).toBe('notice');
    for (const m of [people.member1, people.member2, people.chair]) {
      const l = await t.as(m).call('conversations.list', {});
      expect(l.threads.find((x) => x.sessionId === session.id)?.lastText).toBe(
        'لطفاً بسته جلسه را پیش از جلسه بخوانید.',
      );
    }
    expect((await member.fail('conversations.notice', { sessionId: session.id, text: 'x' })).code).toBe('forbidden');

    // the reminder before the members' finding deadline: not yet, then once per item
    const deadline = (await t.call('sessions.get', { id: session.id })).items[0].findingDeadline!;
    t.now.value = new Date(`${addDays(deadline, -5)}T08:00:00Z`);
    expect(await runFindingReminders(t.core.context)).toBe(0);
    t.now.value = new Date(`${addDays(deadline, -1)}T08:00:00Z`);
    expect(await runFindingReminders(t.core.context)).toBe(1);
    expect(await runFindingReminders(t.core.context)).toBe(0);
    const reminder = (await open()).messages.at(-1)!;
    expect(reminder).toMatchObject({ kind: 'notice', authorId: null, authorName: 'سامانه' });
    expect(reminder.text).toContain('یادآوری');
    expect(reminder.text).toContain('۱۴۰۵/ی/۱');

    // once every member has recorded a finding on it, an item is not reminded of again (a new deadline would be)
    for (const m of [people.chair, people.member1, people.member2]) {
      await t.as(m).call('sessions.recordFinding', { itemId: items[0].id, finding: 'no_conflict' });
    }
    await t.core.context.db.write((tx) =>
      tx.query(`DELETE FROM conversation_message WHERE notice_key LIKE 'reminder:%'`),
    );
    expect(await runFindingReminders(t.core.context)).toBe(0);

    // a cancellation is told too
    const last = (await t.call('sessions.get', { id: session.id })).session;
    await t.call('sessions.cancel', { id: session.id, rev: last.rev, reason: 'نبود حد نصاب' });
    expect((await open()).messages.at(-1)?.text).toContain('لغو شد. علت: نبود حد نصاب');
  });

  it('refuses bad input in Persian and writes nothing', async () => {
    const { people, session } = await setup();
    const member = t.as(people.member1);
    const thread = await member.call('conversations.open', { kind: 'session', sessionId: session.id });
    const before = await counts();

    const empty = await member.fail('conversations.post', { conversationId: thread.conversation.id, text: '   ' });
    expect(empty.code).toBe('validation');
    expect(empty.message).toContain('خالی');
    const long = await member.fail('conversations.post', {
      conversationId: thread.conversation.id,
      text: 'پ'.repeat(4001),
    });
    expect(long.code).toBe('validation');
    expect(long.message).toMatch(/[\u0600-\u06FF]/);
    expect((await member.fail('conversations.post', { conversationId: 'nope', text: 'سلام' })).code).toBe('not_found');
    const self = await member.fail('conversations.open', { kind: 'direct', userId: people.member1.id });
    expect(self.code).toBe('validation');
    expect(self.message).toContain('خودتان');
    const noRes = await member.fail('conversations.open', { kind: 'resolution', resolutionId: 'nope' });
    expect(noRes.code).toBe('not_found');
    expect(noRes.message).toContain('مصوبه');
    expect((await member.fail('conversations.open', { kind: 'session', sessionId: 'nope' })).code).toBe('not_found');
    expect((await member.fail('conversations.open', { kind: 'direct', userId: people.viewer.id })).code).toBe(
      'not_found',
    );
    const kind = await member.fail('conversations.open', { kind: 'letter', id: 'x' });
    expect(kind.code).toBe('validation');
    expect(kind.message).toMatch(/[\u0600-\u06FF]/);
    expect((await t.as(people.secretary).fail('conversations.notice', { sessionId: 'nope', text: 'سلام' })).code).toBe(
      'not_found',
    );
    expect(await counts()).toEqual(before);
  });

  it('lets a window poll its unread count without keeping an unattended session alive', async () => {
    await setup();
    let token: string | null = null;
    const send = (method: string, input: unknown = {}) =>
      t.core.dispatch(method, input, { token, setSession: (tok) => (token = tok), remote: '192.168.1.30' });
    expect((await send('auth.login', { username: 'member1', password: PASSWORD })).ok).toBe(true);
    const minutes = (n: number) => (t.now.value = new Date(t.now.value.getTime() + n * 60_000));
    // polled every 20 minutes, yet idle for 40: the poll does not count as activity
    minutes(20);
    expect(await send('conversations.unread')).toMatchObject({ ok: true, data: { unread: 2 } });
    minutes(20);
    const r = await send('conversations.unread');
    expect(r.ok ? null : r.error.code).toBe('unauthenticated');
    // while a call the user makes does count
    expect((await send('auth.login', { username: 'member1', password: PASSWORD })).ok).toBe(true);
    minutes(20);
    expect((await send('conversations.list')).ok).toBe(true);
    minutes(20);
    expect((await send('conversations.unread')).ok).toBe(true);
  });

  it('are in backups and never in a sync push', async () => {
    const { people, session } = await setup();
    const thread = await t.as(people.member1).call('conversations.open', { kind: 'session', sessionId: session.id });
    await t.as(people.member1).call('conversations.post', { conversationId: thread.conversation.id, text: SECRET });
    for (const table of TABLES) expect(SYNCED_TABLES.map((s) => s.table)).not.toContain(table);
    const triggers: unknown[] = await t.core.context.db.read.query(
      `SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'conversation%'`,
    );
    expect(triggers).toEqual([]);
    const batch = await collectBatch(t.core.context, 0, 1000);
    expect(batch?.changes.length).toBeGreaterThan(0);
    expect(JSON.stringify(batch)).not.toContain('محرمانه');

    const taken = await t.as(people.admin).call('backup.now', { folder: tempDir('tatbiq-usb-') });
    const copy = await openReadOnly(path.join(taken.folder, BACKUP_DB));
    try {
      const rows: { text: string }[] = await copy.query(`SELECT text FROM conversation_message WHERE kind = 'message'`);
      expect(rows.map((r) => r.text)).toEqual([SECRET]);
    } finally {
      await copy.close();
    }
  });
});
