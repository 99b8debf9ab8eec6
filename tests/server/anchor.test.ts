// The audit chain anchored outside its file (issue 16 item 13), with a real server on both
// databases and a real office database: deleting the last events, deleting all of them, or writing
// a whole new chain still links up, yet the office's audit check reports it against the anchor the
// server acknowledged, and the server refuses the anchor that goes backwards or forks and flags it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOffices } from '../../src-server/admin/commands';
import { auditChainHead } from '../../src-main/core/audit/anchor';
import { recordAudit, verifyAuditChain } from '../../src-main/core/audit/log';
import { ADMIN_ACTOR, openOffice, startTestServer, type Dialect, type TestOffice, type TestServer } from './support';

describe.each<Dialect>(['postgres', 'sqlite'])('the audit anchor on %s', (dialect) => {
  let s: TestServer;
  let o: TestOffice;

  beforeAll(async () => {
    s = await startTestServer(dialect);
    o = await openOffice('0401');
    await o.engine.enroll(s.url, await s.newOffice('0401'), ADMIN_ACTOR);
  });
  afterAll(async () => {
    await o?.close();
    await s?.stop();
  });

  const db = () => o.t.core.context.db;
  /** what an attacker with the file does: the append-only triggers dropped, then `sql` */
  const tamper = (sql: string) =>
    db().write(async (tx) => {
      await tx.query('DROP TRIGGER IF EXISTS audit_no_delete');
      await tx.query(sql);
    });
  const held = async () => {
    const [r] = await s.db.read.query<{ head: string; count: number | string; flagged: string | null }>(
      'SELECT a.head, a.count, a.flagged FROM audit_anchor a JOIN office o ON o.id = a.office_id WHERE o.code = $1',
      ['0401'],
    );
    return { head: r.head, count: Number(r.count), flagged: r.flagged };
  };

  it('sends the head and count with every sync; the server keeps them', async () => {
    for (const name of ['ماهان', 'جوپار', 'کشکوئیه']) {
      await o.t.call('councils.create', { name, kind: 'village', county: 'کرمان', province: 'کرمان' });
    }
    expect((await o.engine.run()).error ?? 'ok').toBe('ok');
    const mine = await auditChainHead(db().read);
    expect(mine.count).toBeGreaterThan(3);
    expect(await held()).toEqual({ ...mine, flagged: null });
    expect(await o.t.as(ADMIN_ACTOR).call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('reports the last events deleted, and the server refuses the shorter chain', async () => {
    const before = await held();
    await tamper('DELETE FROM audit_event WHERE seq > (SELECT max(seq) - 2 FROM audit_event)');
    // the chain alone still links up: this is what the anchor is for
    expect((await verifyAuditChain(db().read)).ok).toBe(true);
    const r = await o.t.as(ADMIN_ACTOR).call('audit.verify', {});
    expect(r).toMatchObject({ ok: false, truncated: expect.stringContaining('کوتاه شده') });
    expect((await o.engine.run()).error ?? 'ok').toBe('ok');
    const after = await held();
    expect(after).toMatchObject({ head: before.head, count: before.count, flagged: expect.stringContaining('کوتاه') });
    const [office] = (await listOffices(s.db, new Date().toISOString())).filter((x) => x.code === '0401');
    expect(office.auditFlagged).toContain('کوتاه');
    expect((await o.t.as(ADMIN_ACTOR).call('audit.verify', {})).ok).toBe(false);
  });

  it('reports a whole new chain written in place of the old one', async () => {
    const anchored = (await held()).count;
    await tamper('DELETE FROM audit_event');
    expect((await o.t.as(ADMIN_ACTOR).call('audit.verify', {})).truncated).toContain('کوتاه شده');
    // a fresh chain, longer than the anchor, every link valid
    await db().write(async (tx) => {
      for (let i = 0; i < anchored + 3; i++) {
        await recordAudit(tx, {
          actor: ADMIN_ACTOR,
          at: new Date().toISOString(),
          entity: 'council',
          entityId: `forged-${i}`,
          action: 'create',
        });
      }
    });
    expect((await verifyAuditChain(db().read)).ok).toBe(true);
    expect((await o.t.as(ADMIN_ACTOR).call('audit.verify', {})).truncated).toContain('بازنویسی');
    expect((await o.engine.run()).error ?? 'ok').toBe('ok');
    expect((await held()).flagged).toContain('بازنویسی');
    expect((await held()).count).toBe(anchored);
  });
});
