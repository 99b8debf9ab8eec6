// A council's submission through to the office (issue 14): the pull brings it to the inbox, the
// secretary registers it in one call with the server's receipt date and the register's next
// number, and the desk's clock counts from the server's receipt; the portal then says registered.
// Paper and portal never make two records of one resolution; a repeated pull, a lost file and a
// restart in between neither lose nor duplicate a submission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectionDeadline } from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { resolutionInput, tinyPdf } from '../support/core';
import { ConsoleClient, cliAccount } from './consoleClient';
import { CouncilClient, submissionInput } from './councilPortal';
import { ADMIN_ACTOR, openOffice, startTestServer, type TestOffice, type TestServer } from './support';

const AT = '2026-12-01T21:00:00.000Z';

describe.each(['sqlite', 'postgres'] as const)('council submissions in the office on %s', (dialect) => {
  let s: TestServer;
  let k: TestOffice;
  let portal: CouncilClient;
  let councilId = '';
  let clockAt = AT;
  const inbox = () => k.t.call('councilInbox.list', {});
  const rows = async () =>
    Number((await k.t.core.context.db.read.query('SELECT count(*) AS n FROM council_submission_inbox'))[0].n);
  /** a resolution the secretary types from paper, approved in the session of the portal's submissions */
  const byHand = (councilResolutionNumber: string, more: { receiptDate: string; incomingNumber?: string }) =>
    resolutionInput(councilId, {
      councilResolutionNumber,
      approvalDate: '2026-11-20',
      councilSessionDate: '2026-11-20',
      ...more,
    });

  beforeAll(async () => {
    s = await startTestServer(dialect, { clock: () => new Date(clockAt) });
    const code = await s.newOffice('0911', 'کرمان');
    k = await openOffice('0911', { county: 'کرمان' });
    k.t.now.value = new Date('2026-12-03T08:00:00Z');
    councilId = (await k.t.call('councils.create', { name: 'کرمان', kind: 'city', county: 'کرمان', province: 'کرمان' }))
      .id;
    await k.engine.enroll(s.url, code, ADMIN_ACTOR);
    expect(await k.engine.run()).toMatchObject({ ok: true });
    const [office] = await s.db.read.query<{ id: string }>("SELECT id FROM office WHERE code = '0911'");
    const admin = new ConsoleClient(s.url);
    await admin.signIn(
      'c.admin',
      await cliAccount(s.dbUrl, 'c.admin', 'county', { province: 'کرمان', county: 'کرمان' }),
    );
    const made = await admin.post<{ password: string }>('/console/api/council-accounts', {
      officeId: office.id,
      councilId,
      username: 'kerman.sec',
      fullName: 'منشی شورای کرمان',
    });
    portal = new CouncilClient(s.url);
    await portal.signIn('kerman.sec', made.body.password);
  }, 60_000);
  afterAll(async () => {
    await k?.close();
    await s?.stop();
  });

  it('the next sync brings the submission to the inbox with its clock from the server’s receipt', async () => {
    const sent = await portal.post<{ id: string }>('/council/api/submissions', submissionInput());
    expect(sent.status).toBe(200);
    expect(await k.engine.run()).toMatchObject({ ok: true });
    const [item] = await inbox();
    expect(item).toMatchObject({
      id: sent.body.id,
      receiptNumber: '1405/000001',
      receiptDate: '2026-12-02',
      objectionDeadline: objectionDeadline('2026-12-02', DEFAULT_POLICY),
      councilDisplayName: 'شورای اسلامی شهر کرمان',
      pdfReady: true,
      suggestedIncoming: '۱۴۰۵/۱',
      sameAs: null,
    });
  });

  it('a hand registration of the same resolution warns, and is refused without confirmation', async () => {
    const hand = await k.t.fail('resolutions.register', byHand('۵۵/۱۲', { receiptDate: '2026-12-03' }));
    expect(hand.code).toBe('needs_confirmation');
    expect(hand.message).toContain('مصوبات الکترونیکی رسیده');
    expect(await k.t.count('resolution')).toBe(0);
  });

  it('registers in one call: the server’s receipt date, the register’s number, the minutes attached', async () => {
    const [item] = await inbox();
    const r = await k.t.call('councilInbox.register', { id: item.id, incomingNumber: item.suggestedIncoming });
    expect(r).toMatchObject({
      receiptDate: '2026-12-02',
      incomingNumber: '۱۴۰۵/۱',
      councilResolutionNumber: '۵۵/۱۲',
      status: 'received',
      objectionDeadline: item.objectionDeadline,
    });
    expect(r.attachments).toEqual([expect.objectContaining({ sha256: item.pdfSha256 })]);
    expect(await inbox()).toEqual([]);
    // the desk shows it with its deadline at once
    const desk = await k.t.call('desk.get', {});
    expect(JSON.stringify(desk)).toContain(r.id);
    // twice is refused: it left the inbox
    expect((await k.t.fail('councilInbox.register', { id: item.id, incomingNumber: '۱۴۰۵/۹' })).code).toBe('not_found');
  });

  it('the office pushes the link; the portal shows it registered and where it stands', async () => {
    expect(await k.engine.run()).toMatchObject({ ok: true });
    const list = await portal.get<{
      submissions: { state: string; registered: { incomingNumber: string; statusLabel: string } }[];
    }>('/council/api/submissions');
    expect(list.body.submissions[0]).toMatchObject({
      state: 'registered',
      registered: { incomingNumber: '۱۴۰۵/۱', statusLabel: 'وصول‌شده' },
    });
    // and the portal refuses the same resolution again, naming the register entry
    clockAt = '2026-12-01T21:10:00.000Z';
    const again = await portal.post<{ error: { message: string } }>('/council/api/submissions', submissionInput());
    expect(again.status).toBe(409);
  });

  it('a submission of a resolution typed by hand first is linked, not registered twice', async () => {
    const hand = await k.t.call(
      'resolutions.register',
      byHand('۷۷', { receiptDate: '2026-12-01', incomingNumber: '۱۴۰۵/۲' }),
    );
    // the portal does not know yet (not pushed), so the council can still send it
    const sent = await portal.post<{ id: string }>(
      '/council/api/submissions',
      submissionInput({ councilResolutionNumber: '۷۷', title: 'مصوبهٔ ۷۷' }),
    );
    expect(sent.status).toBe(200);
    expect(await k.engine.run()).toMatchObject({ ok: true });
    const [item] = await inbox();
    expect(item.sameAs).toMatchObject({ id: hand.id, incomingNumber: '۱۴۰۵/۲' });
    expect(item.suggestedIncoming).toBe('۱۴۰۵/۳');
    const refused = await k.t.fail('councilInbox.register', { id: item.id, incomingNumber: item.suggestedIncoming });
    expect(refused.code).toBe('duplicate');
    expect(refused.message).toContain('پیوند');
    const linked = await k.t.call('councilInbox.link', { id: item.id, resolutionId: hand.id });
    expect(linked.rev).toBe(hand.rev + 1);
    expect(await k.t.count('resolution')).toBe(2);
    expect(await k.engine.run()).toMatchObject({ ok: true });
    const one = await portal.get<{ state: string }>(`/council/api/submissions/${sent.body.id}`);
    expect(one.body.state).toBe('registered');
  });

  it('a repeated pull, a file the server withholds and a restart neither lose nor duplicate one', async () => {
    const sent = await portal.post<{ id: string; record: { pdfSha256: string } }>(
      '/council/api/submissions',
      submissionInput({
        councilResolutionNumber: '۸۸',
        title: 'مصوبهٔ ۸۸',
        pdfBase64: tinyPdf('۸۸').toString('base64'),
      }),
    );
    const sha = sent.body.record.pdfSha256;
    // the server cannot give the file this time (as if the answer were lost mid-way)
    await s.db.tx((tx) => tx.query('DELETE FROM blob_owner WHERE sha256 = $1', [sha]));
    await k.engine.run();
    let [item] = await inbox();
    expect(item).toMatchObject({ id: sent.body.id, pdfReady: false });
    expect((await k.t.fail('councilInbox.register', { id: item.id, incomingNumber: '۱۴۰۵/۳' })).message).toContain(
      'همگام‌سازی',
    );
    // the office restarts; its cursor and what it received are forgotten, so everything comes again
    const dir = k.t.dir;
    await k.close();
    k = await openOffice('0911', { dir });
    k.t.now.value = new Date('2026-12-03T08:00:00Z');
    await k.t.core.context.db.write((tx) =>
      tx
        .query("DELETE FROM sync_reference WHERE entity = 'council_submission'")
        .then(() => tx.query("UPDATE sync_state SET cursor = ''")),
    );
    await s.db.tx((tx) =>
      tx.query('INSERT INTO blob_owner (sha256, office_id) SELECT $1, id FROM office WHERE code = $2', [sha, '0911']),
    );
    expect(await k.engine.run()).toMatchObject({ ok: true });
    expect(await rows()).toBe(3);
    const waiting = await inbox();
    expect(waiting.map((x) => x.id)).toEqual([sent.body.id]);
    [item] = waiting;
    expect(item.pdfReady).toBe(true);
    await k.t.call('councilInbox.register', { id: item.id, incomingNumber: item.suggestedIncoming });
    expect(await k.t.count('resolution')).toBe(3);
    // pulled once more from the start: the registered ones do not come back to the inbox
    await k.t.core.context.db.write((tx) =>
      tx
        .query("DELETE FROM sync_reference WHERE entity = 'council_submission'")
        .then(() => tx.query("UPDATE sync_state SET cursor = ''")),
    );
    expect(await k.engine.run()).toMatchObject({ ok: true });
    expect(await inbox()).toEqual([]);
    expect(await rows()).toBe(3);
  });
});
