import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { eventsFor, verifyAuditChain } from '../../src-main/core/audit/log';
import { resolutionInput, seedOffice, startCore } from '../support/core';

function exec(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file);
    db.exec(sql, (err) => db.close(() => (err ? reject(err) : resolve())));
  });
}

describe('the audit log', () => {
  it('records every change with before/after in the same transaction, as a verifiable chain', async () => {
    const t = await startCore();
    const { kerman, people } = await seedOffice(t);
    const r = await t.call('resolutions.register', resolutionInput(kerman.id));
    await t.call('resolutions.update', {
      ...resolutionInput(kerman.id, { title: 'موضوع تازه' }),
      id: r.id,
      rev: r.rev,
    });
    const events = await eventsFor(t.core.context.db.read, r.id);
    expect(events.map((e) => e.action)).toEqual(['register', 'update']);
    expect(JSON.parse(events[1].before!).title).toBe(r.title);
    expect(JSON.parse(events[1].after!).title).toBe('موضوع تازه');
    expect(events[1].actorId).toBe(t.actor.id);

    // a refused write leaves no event behind
    await t.fail('resolutions.register', resolutionInput(kerman.id));
    expect(await t.count('audit_event')).toBe(12); // office, 7 users, 2 councils, register, update

    const report = await verifyAuditChain(t.core.context.db.read);
    expect(report).toEqual({ ok: true, checked: 12 });
    // the admin's check through the contract reports the same
    expect(await t.as(people.admin).call('audit.verify', {})).toEqual({ ok: true, checked: 12 });
    expect((await t.fail('audit.verify', {})).code).toBe('forbidden');
    // the resolution's timeline
    const history = await t.call('audit.history', { resolutionId: r.id });
    expect(history.map((e) => e.action)).toEqual(['register', 'update']);
    await expect(t.core.context.db.write((tx) => tx.query(`UPDATE audit_event SET actor_name = 'x'`))).rejects.toThrow(
      /append-only/,
    );
    await expect(t.core.context.db.write((tx) => tx.query(`DELETE FROM audit_event`))).rejects.toThrow(/append-only/);
    await t.close();
  });

  it('names the first event edited behind the triggers', async () => {
    const t = await startCore();
    const { kerman } = await seedOffice(t);
    await t.call('resolutions.register', resolutionInput(kerman.id));
    await t.close();
    const file = path.join(t.dir, 'tatbiq.sqlite');
    await exec(file, `DROP TRIGGER audit_no_update; UPDATE audit_event SET actor_name = 'someone else' WHERE seq = 3;`);
    const again = await startCore({ dir: t.dir });
    const report = await verifyAuditChain(again.core.context.db.read);
    expect(report.ok).toBe(false);
    expect(report.broken).toMatchObject({ seq: 3, reason: 'content' });
    await again.close();
  });
});
