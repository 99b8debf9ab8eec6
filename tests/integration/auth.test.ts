// Sign-in, sessions and roles at the core, as a transport drives them: a window holds the token
// the core hands it and passes it on every call (tests/support/core's `t.as` skips all of this).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Method } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import { LOCK_AFTER, LOCK_MINUTES } from '../../src-main/core/users/sessions';
import { PAIR_LIMIT, SPRAY_NAMES } from '../../src-main/core/users/throttle';
import { OFFICE, PASSWORD, resolutionInput, seedOffice, startCore, type People, type TestCore } from '../support/core';

const BAD_CREDENTIALS = 'نام کاربری یا گذرواژه نادرست است.';

let t: TestCore;
let people: People;
let kermanId: string;

beforeEach(async () => {
  t = await startCore();
  const seeded = await seedOffice(t);
  people = seeded.people;
  kermanId = seeded.kerman.id;
});
afterEach(() => t.close());

const minutes = (n: number) => {
  t.now.value = new Date(t.now.value.getTime() + n * 60_000);
};

/** One window: the token lives here, as in the cookie or the Electron main process. */
function openWindow(remote = '192.168.1.20') {
  const w = {
    token: null as string | null,
    async send(method: Method, input: unknown) {
      return t.core.dispatch(method, input, { token: w.token, setSession: (tok) => (w.token = tok), remote });
    },
    async call(method: Method, input: unknown = {}) {
      const r = await w.send(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return r.data as Record<string, unknown>;
    },
    async fail(method: Method, input: unknown = {}): Promise<ApiErrorBody> {
      const r = await w.send(method, input);
      if (r.ok) throw new Error(`${method} was expected to fail but succeeded`);
      return r.error;
    },
    signIn: (username: string, password = PASSWORD) => w.call('auth.login', { username, password }),
  };
  return w;
}

const sessionsOf = async (userId: string): Promise<number> => {
  const [{ n }] = await t.core.context.db.read.query('SELECT count(*) AS n FROM user_session WHERE user_id = ?', [
    userId,
  ]);
  return n;
};

describe('signing in', () => {
  it('opens a session for the right password and refuses a wrong one in Persian, without a token', async () => {
    const w = openWindow();
    expect(await w.fail('councils.list')).toMatchObject({ code: 'unauthenticated' });
    expect((await w.call('app.info')).user).toBeNull();

    // the username is trimmed and folded to lower case, as it was stored
    const me = await w.signIn(' Secretary ');
    expect(me).toEqual({
      id: people.secretary.id,
      username: 'secretary',
      fullName: 'زهرا دبیری',
      title: '',
      role: 'secretary',
      isChair: false,
    });
    expect(w.token).toMatch(/^[\w-]{40,}$/);
    expect((await w.call('app.info')).user).toMatchObject({ id: people.secretary.id, role: 'secretary' });
    expect(await w.call('councils.list')).toHaveLength(2);
    // the database keeps only a hash of the token
    const rows: { token_hash: string }[] = await t.core.context.db.read.query(
      'SELECT token_hash FROM user_session WHERE user_id = ?',
      [people.secretary.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(w.token);

    const other = openWindow();
    expect(await other.fail('auth.login', { username: 'secretary', password: 'wrong-pass-1' })).toEqual({
      code: 'unauthenticated',
      message: BAD_CREDENTIALS,
    });
    expect(other.token).toBeNull();
    // an unknown name reads the same, so names cannot be fished for
    expect((await other.fail('auth.login', { username: 'nobody', password: PASSWORD })).message).toBe(BAD_CREDENTIALS);
    // an empty form is refused field by field
    const empty = await other.fail('auth.login', { username: '', password: '' });
    expect(empty.fields).toEqual({ username: 'نام کاربری را وارد کنید.', password: 'گذرواژه را وارد کنید.' });
  });

  it(`locks an account after ${LOCK_AFTER} wrong passwords until a Jalali time, then opens it again`, async () => {
    const w = openWindow();
    for (let i = 0; i < LOCK_AFTER; i++) {
      expect((await w.fail('auth.login', { username: 'expert', password: `wrong-${i}-pass` })).message).toBe(
        BAD_CREDENTIALS,
      );
    }
    // even the right password is refused now; the message says until when, in Tehran time
    const locked = await w.fail('auth.login', { username: 'expert', password: PASSWORD });
    expect(locked.code).toBe('forbidden');
    // 08:00Z + 5 min = 11:35 in Tehran on 2 Azar 1405
    expect(locked.message).toBe('به علت تلاش‌های ناموفق پیاپی، ورود این کاربر تا ۱۴۰۵/۰۹/۰۲ ۱۱:۳۵ بسته است.');
    expect(w.token).toBeNull();
    const [event] = await t.core.context.db.read.query(
      `SELECT action, actor_id AS actorId FROM audit_event WHERE entity = 'user' AND action = 'locked'`,
    );
    expect(event).toEqual({ action: 'locked', actorId: people.expert.id });
    // other accounts are not affected
    await openWindow().signIn('expert2');

    minutes(LOCK_MINUTES - 1);
    expect((await w.fail('auth.login', { username: 'expert', password: PASSWORD })).code).toBe('forbidden');
    minutes(2);
    await w.signIn('expert');
    expect(w.token).not.toBeNull();

    // a success clears the count: four more mistakes do not lock it
    const later = openWindow();
    for (let i = 0; i < LOCK_AFTER - 1; i++)
      await later.fail('auth.login', { username: 'expert', password: 'nope-123' });
    await later.signIn('expert');
  });

  it(`stops one computer that tries ${SPRAY_NAMES} different names (password spraying), and only that computer`, async () => {
    const w = openWindow('10.9.9.9');
    const names = ['secretary', 'expert', 'expert2', 'member1', 'member2', 'chair', 'nobody', 'ghost'];
    expect(names).toHaveLength(SPRAY_NAMES);
    for (const [i, name] of names.entries()) await w.fail('auth.login', { username: name, password: `guess-${i}-x` });
    // even the right password of an untried name is refused from there now
    const throttled = await w.fail('auth.login', { username: 'viewer', password: PASSWORD });
    expect(throttled).toEqual({
      code: 'forbidden',
      message: 'تلاش‌های ناموفق ورود از این رایانه زیاد بوده است؛ چند دقیقه دیگر دوباره تلاش کنید.',
    });
    // another computer still signs in, and so does this one once the window has passed
    await openWindow('10.9.9.10').signIn('viewer');
    minutes(11);
    await w.signIn('viewer');
  });

  it(`one person's ${PAIR_LIMIT} mistakes do not shut out the others on the same computer`, async () => {
    // in browser mode everyone on the office computer signs in from 127.0.0.1
    const w = openWindow('127.0.0.1');
    for (let i = 0; i < PAIR_LIMIT; i++) {
      if (i > 0 && i % LOCK_AFTER === 0) minutes(LOCK_MINUTES);
      await w.fail('auth.login', { username: 'expert', password: `wrong-${i}-pass` });
    }
    await openWindow('127.0.0.1').signIn('secretary');
    await openWindow('127.0.0.1').signIn('member1');
    // that name from that computer waits out the hour, though the account's own lock has passed
    minutes(LOCK_MINUTES);
    expect((await w.fail('auth.login', { username: 'expert', password: PASSWORD })).message).toMatch(
      /از این رایانه زیاد بوده است/,
    );
    // the expert signs in from their own computer
    await openWindow('192.168.1.31').signIn('expert');
  });

  it('answers an unknown name exactly as a known one, lock included', async () => {
    const answers = async (username: string) => {
      const w = openWindow(`10.1.1.${username.length}`);
      const out: ApiErrorBody[] = [];
      for (let i = 0; i <= LOCK_AFTER; i++)
        out.push(await w.fail('auth.login', { username, password: `nope-${i}-pass` }));
      return out;
    };
    const known = await answers('expert');
    const unknown = await answers('nobody-here');
    expect(unknown).toEqual(known);
    expect(known.slice(0, LOCK_AFTER).every((e) => e.code === 'unauthenticated')).toBe(true);
    expect(known[LOCK_AFTER]).toEqual({
      code: 'forbidden',
      message: 'به علت تلاش‌های ناموفق پیاپی، ورود این کاربر تا ۱۴۰۵/۰۹/۰۲ ۱۱:۳۵ بسته است.',
    });
  });

  it('does not let parallel wrong passwords past the lock: each is counted before it is checked', async () => {
    const w = openWindow();
    const tries = await Promise.all(
      Array.from({ length: 60 }, (_, i) => w.send('auth.login', { username: 'expert', password: `wrong-${i}-pass` })),
    );
    const codes = tries.map((r) => (r.ok ? 'ok' : r.error.code));
    // only LOCK_AFTER passwords were checked; the rest found the account locked
    expect(codes.filter((c) => c === 'unauthenticated')).toHaveLength(LOCK_AFTER);
    expect(codes.filter((c) => c === 'forbidden')).toHaveLength(60 - LOCK_AFTER);
    expect((await w.fail('auth.login', { username: 'expert', password: PASSWORD })).code).toBe('forbidden');
    const [row] = await t.core.context.db.read.query(
      'SELECT failed_attempts AS n, locked_until AS until FROM app_user WHERE username = ?',
      ['expert'],
    );
    expect(row).toEqual({ n: LOCK_AFTER, until: '2026-11-23T08:05:00.000Z' });
  });
});

describe('sessions', () => {
  it('ends a session idle for more than 30 minutes, and only then', async () => {
    const w = openWindow();
    await w.signIn('secretary');
    minutes(29);
    await w.call('councils.list');
    minutes(29); // 58 minutes after sign-in, but only 29 idle
    await w.call('councils.list');
    minutes(31);
    const ended = await w.fail('councils.list');
    expect(ended).toEqual({ code: 'unauthenticated', message: 'نشست شما به پایان رسیده است؛ دوباره وارد شوید.' });
    // the transport is told to forget the token, and the row is gone
    expect(w.token).toBeNull();
    expect(await sessionsOf(people.secretary.id)).toBe(0);
    // public calls still answer, as nobody
    expect((await w.call('app.info')).user).toBeNull();
  });

  it('ends a session 12 hours after sign-in however busy it has been', async () => {
    const w = openWindow();
    await w.signIn('secretary');
    for (let i = 0; i < 35; i++) {
      minutes(20);
      await w.call('councils.list'); // 11 h 40 min, never idle
    }
    minutes(19);
    await w.call('councils.list');
    minutes(2); // 12 h 1 min after sign-in, 2 minutes idle
    expect(await w.fail('councils.list')).toEqual({
      code: 'unauthenticated',
      message: 'نشست شما به پایان رسیده است؛ دوباره وارد شوید.',
    });
    expect(w.token).toBeNull();
    await w.signIn('secretary');
  });

  it('signs out: the token opens nothing afterwards', async () => {
    const w = openWindow();
    await w.signIn('viewer');
    const token = w.token;
    await w.call('auth.logout');
    expect(w.token).toBeNull();
    const replay = await t.core.dispatch('resolutions.list', {}, { token });
    expect(replay.ok).toBe(false);
    expect(!replay.ok && replay.error.code).toBe('unauthenticated');
  });

  it('ends the sessions of a user the admin deactivates or gives another role', async () => {
    const admin = openWindow();
    await admin.signIn('admin', OFFICE.admin.password);
    const expert = openWindow();
    await expert.signIn('expert');
    const member = openWindow();
    await member.signIn('member1');

    const users = (await admin.call('users.list', {})) as unknown as { id: string; rev: number }[];
    const expertRow = users.find((u) => u.id === people.expert.id)!;
    const memberRow = users.find((u) => u.id === people.member1.id)!;

    await admin.call('users.update', {
      id: expertRow.id,
      rev: expertRow.rev,
      fullName: 'علی کارشناس',
      role: 'expert',
      isChair: false,
      active: false,
    });
    expect((await expert.fail('councils.list')).code).toBe('unauthenticated');
    expect((await openWindow().fail('auth.login', { username: 'expert', password: PASSWORD })).message).toBe(
      BAD_CREDENTIALS,
    );

    // a new role takes effect at once: the member signs in again as a viewer
    await admin.call('users.update', {
      id: memberRow.id,
      rev: memberRow.rev,
      fullName: 'حسن قاضی',
      title: 'رئیس دادگستری',
      role: 'viewer',
      isChair: false,
      active: true,
    });
    expect((await member.fail('councils.list')).code).toBe('unauthenticated');
    expect((await member.signIn('member1')).role).toBe('viewer');
    // the admin's own session is untouched
    await admin.call('users.list', {});
  });

  it('changing a password keeps this window signed in and ends the others', async () => {
    const here = openWindow();
    const there = openWindow();
    await here.signIn('secretary');
    await there.signIn('secretary');

    const wrong = await here.fail('auth.changePassword', { current: 'not-it-123', next: 'new-pass-1405' });
    expect(wrong.fields).toEqual({ current: 'گذرواژهٔ فعلی نادرست است.' });
    const weak = await here.fail('auth.changePassword', { current: PASSWORD, next: 'abcdefghij' });
    expect(weak.fields?.next).toBe('گذرواژه باید هم حرف و هم رقم داشته باشد.');
    // the refusals changed nothing
    await there.call('councils.list');

    await here.call('auth.changePassword', { current: PASSWORD, next: 'new-pass-1405' });
    await here.call('councils.list');
    expect((await there.fail('councils.list')).code).toBe('unauthenticated');
    expect((await openWindow().fail('auth.login', { username: 'secretary', password: PASSWORD })).message).toBe(
      BAD_CREDENTIALS,
    );
    await openWindow().signIn('secretary', 'new-pass-1405');
    expect(await sessionsOf(people.secretary.id)).toBe(2);
  });

  it('refuses a new password equal to the current one, in Persian, under the new-password field', async () => {
    const w = openWindow();
    await w.signIn('secretary');
    const same = await w.fail('auth.changePassword', { current: PASSWORD, next: PASSWORD });
    expect(same).toEqual({
      code: 'validation',
      message: 'گذرواژهٔ جدید باید با گذرواژهٔ فعلی فرق داشته باشد.',
      fields: { next: 'گذرواژهٔ جدید باید با گذرواژهٔ فعلی فرق داشته باشد.' },
    });
    // nothing changed: the password still opens, the user's row kept its rev
    await openWindow().signIn('secretary');
  });

  it('throttles guesses of the current password in «تغییر گذرواژه» like sign-in', async () => {
    // a session left open on an unattended computer must not be a way to guess the password
    const w = openWindow();
    await w.signIn('expert');
    for (let i = 0; i < LOCK_AFTER; i++) {
      const e = await w.fail('auth.changePassword', { current: `guess-${i}-pass`, next: 'new-pass-1405' });
      expect(e.fields).toEqual({ current: 'گذرواژهٔ فعلی نادرست است.' });
    }
    const locked = await w.fail('auth.changePassword', { current: PASSWORD, next: 'new-pass-1405' });
    expect(locked).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/^به علت تلاش‌های ناموفق پیاپی/),
    });
    // the account is locked for sign-in too, and the password did not change
    expect((await openWindow().fail('auth.login', { username: 'expert', password: PASSWORD })).code).toBe('forbidden');
    minutes(LOCK_MINUTES + 1);
    await openWindow().signIn('expert');
  });

  it("an admin's password reset ends the user's sessions and lifts a lock", async () => {
    const w = openWindow();
    await w.signIn('viewer');
    const intruder = openWindow('10.0.0.66');
    for (let i = 0; i < LOCK_AFTER; i++)
      await intruder.fail('auth.login', { username: 'viewer', password: `x-${i}-y` });
    expect((await openWindow().fail('auth.login', { username: 'viewer', password: PASSWORD })).code).toBe('forbidden');

    await t.as(people.admin).call('users.resetPassword', { id: people.viewer.id, password: 'fresh-pass-77' });
    expect((await w.fail('councils.list')).code).toBe('unauthenticated');
    await openWindow().signIn('viewer', 'fresh-pass-77');
  });
});

describe('roles', () => {
  it('lets each role call only what it may, checked by the core on every call', async () => {
    const viewer = openWindow();
    await viewer.signIn('viewer');
    const refused = await viewer.fail('resolutions.register', resolutionInput(kermanId));
    expect(refused).toEqual({ code: 'forbidden', message: 'نقش «ناظر» اجازهٔ این کار را ندارد.' });
    expect(await t.count('resolution')).toBe(0);
    // reading is open to every role
    expect((await viewer.call('resolutions.list', {})).total).toBe(0);

    const expert = openWindow();
    await expert.signIn('expert');
    const create = { username: 'sneaky', fullName: 'کاربر پنهان', role: 'admin', password: PASSWORD };
    expect((await expert.fail('users.create', create)).code).toBe('forbidden');
    expect(await t.count('app_user')).toBe(8);
    expect((await expert.fail('audit.verify')).code).toBe('forbidden');

    // the chair is a member with a flag, named as such
    const chair = openWindow();
    await chair.signIn('chair');
    expect(
      (await chair.fail('councils.create', { name: 'زرند', kind: 'city', county: 'زرند', province: 'کرمان' })).message,
    ).toBe('نقش «رئیس هیأت» اجازهٔ این کار را ندارد.');

    const secretary = openWindow();
    await secretary.signIn('secretary');
    expect((await secretary.call('resolutions.register', resolutionInput(kermanId))).status).toBe('received');
    expect((await secretary.fail('users.resetPassword', { id: people.viewer.id, password: 'x-pass-999' })).code).toBe(
      'forbidden',
    );

    const admin = openWindow();
    await admin.signIn('admin', OFFICE.admin.password);
    expect((await admin.call('users.create', create)).role).toBe('admin');
    expect((await admin.fail('resolutions.register', resolutionInput(kermanId, { incomingNumber: '۹۹' }))).code).toBe(
      'forbidden',
    );
  });

  it('keeps at least one active admin', async () => {
    const asAdmin = t.as(people.admin);
    const [me] = await asAdmin.call('users.list', { role: 'admin' });
    const demote = {
      id: me.id,
      rev: me.rev,
      fullName: me.fullName,
      role: 'secretary' as const,
      isChair: false,
      active: true,
    };
    const refused = await asAdmin.fail('users.update', demote);
    expect(refused).toMatchObject({ code: 'validation', message: 'دبیرخانه دست‌کم یک مدیر فعال باید داشته باشد.' });
    expect((await asAdmin.fail('users.update', { ...demote, role: 'admin', active: false })).code).toBe('validation');
    expect((await asAdmin.call('users.list', { role: 'admin' }))[0].rev).toBe(me.rev);

    // with a second admin, the first may step down
    await asAdmin.call('users.create', { username: 'admin2', fullName: 'مدیر دوم', role: 'admin', password: PASSWORD });
    expect((await asAdmin.call('users.update', demote)).role).toBe('secretary');
  });

  it('allows one chair, and only a member can be it', async () => {
    const asAdmin = t.as(people.admin);
    const second = await asAdmin.fail('users.create', {
      username: 'chair2',
      fullName: 'رئیس دوم',
      role: 'member',
      isChair: true,
      password: PASSWORD,
    });
    expect(second.fields?.isChair).toMatch(/رئیس هیأت قبلاً تعیین شده است/);
    const notMember = await asAdmin.fail('users.create', {
      username: 'chair3',
      fullName: 'رئیس سوم',
      role: 'expert',
      isChair: true,
      password: PASSWORD,
    });
    expect(notMember.fields?.isChair).toBe('رئیس هیأت باید عضو هیأت باشد.');
    const dup = await asAdmin.fail('users.create', {
      username: 'Expert',
      fullName: 'تکراری',
      role: 'expert',
      password: PASSWORD,
    });
    expect(dup).toMatchObject({ code: 'duplicate', fields: { username: 'نام کاربری «expert» قبلاً استفاده شده است.' } });
  });
});
