// The panel's contacts (issue 15 item 6): the secretary keeps a phone and an email for each member
// and secretary; every signed-in user reads them; bad input is refused with nothing written.
import { afterEach, describe, expect, it } from 'vitest';
import { seedOffice, startCore, type TestCore } from '../support/core';

let t: TestCore;
afterEach(async () => {
  await t?.close();
});

describe('the panel contacts', () => {
  it('are kept by the secretary and read by the panel', async () => {
    t = await startCore({ backups: false });
    const { people } = await seedOffice(t);
    const list = await t.as(people.member1).call('contacts.list', {});
    // the chair first, the members, then the secretariat; no admin, expert or viewer
    expect(list.map((c) => c.userId)).toEqual([
      people.chair.id,
      people.member1.id,
      people.member2.id,
      people.secretary.id,
    ]);
    expect(list.every((c) => c.phone === '' && c.email === '')).toBe(true);

    const saved = await t.call('contacts.update', {
      userId: people.member1.id,
      phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹',
      email: ' judge@example.ir ',
    });
    expect(saved).toMatchObject({ fullName: 'حسن قاضی', phone: '0912 345 6789', email: 'judge@example.ir' });
    const seen = await t.as(people.member2).call('contacts.list', {});
    expect(seen.find((c) => c.userId === people.member1.id)).toMatchObject({ phone: '0912 345 6789' });

    const before = await t.count('audit_event');
    const bad = await t.fail('contacts.update', { userId: people.member1.id, phone: '09x2', email: 'nope' });
    expect(bad.code).toBe('validation');
    expect(bad.fields?.phone).toContain('رقم');
    expect(bad.fields?.email).toContain('ایمیل');
    expect((await t.fail('contacts.update', { userId: people.expert.id, phone: '', email: '' })).code).toBe(
      'not_found',
    );
    for (const other of [people.member1, people.chair, people.admin]) {
      expect(
        (await t.as(other).fail('contacts.update', { userId: people.member1.id, phone: '', email: '' })).code,
      ).toBe('forbidden');
    }
    expect(await t.count('audit_event')).toBe(before);
    expect((await t.as(people.member1).call('contacts.list', {}))[1].phone).toBe('0912 345 6789');
  });
});
