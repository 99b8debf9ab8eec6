// A pushed status change is checked step by step against the lifecycle, with the records that
// evidence each step (issue 16 item 11): from the push itself, in any order, or from what the
// server already holds for the office; a new resolution starts in the starting state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { startTestServer, DIALECTS, type TestServer } from './support';
import {
  boardReferralData,
  change,
  client,
  councilAnswerData,
  councilData,
  councilLetterData,
  loadWireSamples,
  resolutionData,
  rulingData,
} from './wire';

describe.each(DIALECTS)('resolution status changes on %s', (dialect) => {
  let s: TestServer;
  let api: ReturnType<typeof client>;
  let a: string;
  const OFFICE = 'client-a';
  const COUNCIL = 'ca-1';

  beforeAll(async () => {
    await loadWireSamples();
    s = await startTestServer(dialect);
    api = client(s.url);
    a = (await api.enroll(await s.newOffice('0801'), OFFICE)).body.token;
    expect((await api.push(a, [change('council', councilData(OFFICE, COUNCIL))])).body.rejected).toEqual([]);
  });
  afterAll(() => s?.stop());

  const held = async (entity: string, id: string) => {
    const [r] = await s.db.read.query<{ rev: number; data: string }>(
      `SELECT r.rev, r.data FROM sync_record r JOIN office o ON o.id = r.office_id
        WHERE r.entity = $1 AND r.id = $2 AND o.code = '0801'`,
      [entity, id],
    );
    return r ? { rev: Number(r.rev), data: JSON.parse(r.data) as Record<string, unknown> } : null;
  };

  /** A resolution on the server in `received`, rev 1. */
  const received = async () => {
    const id = v7();
    const r = resolutionData(OFFICE, COUNCIL, id);
    expect((await api.push(a, [change('resolution', r)])).body.rejected).toEqual([]);
    return r;
  };

  /** Every record of the objection path to the board's decision upholding the resolution. */
  const upheldPath = (resolutionId: string) => [
    change('ruling', rulingData(resolutionId, v7(), 'objected')),
    change('council_letter', councilLetterData(resolutionId, v7(), 'objection', { councilReceivedDate: '2026-11-22' })),
    change('council_answer', councilAnswerData(resolutionId, v7(), 'insist')),
    change(
      'board_referral',
      boardReferralData(resolutionId, v7(), {
        decision: 'upheld',
        decisionNumber: '۱۲',
        decisionDate: '2026-12-10',
        rev: 2,
      }),
    ),
  ];

  it('refuses received → upheld in one push, naming the first step nothing evidences', async () => {
    const r = await received();
    const res = await api.push(a, [change('resolution', { ...r, status: 'upheld', rev: 2 })]);
    expect(res.body.rejected).toEqual([expect.objectContaining({ code: 'transition', retry: false })]);
    expect(res.body.rejected[0].reason).toContain('رأی اعتراض');
    expect((await held('resolution', String(r.id)))?.data.status).toBe('received');

    // the ruling and the letter evidence the way to the council, not the council's insistence
    const partial = [change('resolution', { ...r, status: 'upheld', rev: 3 }), ...upheldPath(String(r.id)).slice(0, 2)];
    const again = await api.push(a, partial);
    expect(again.body.rejected).toEqual([
      expect.objectContaining({ changeId: partial[0].changeId, code: 'transition', retry: false }),
    ]);
    expect(again.body.rejected[0].reason).toContain('اصرار شورا');
    // the children of a resolution the server holds are taken: they evidence a later push
    expect(again.body.accepted).toEqual(partial.slice(1).map((c) => c.changeId));
    expect((await held('resolution', String(r.id)))?.data.status).toBe('received');
  });

  it('accepts a chain whose every step is evidenced in the same push, children after the resolution', async () => {
    const r = await received();
    const push = [change('resolution', { ...r, status: 'upheld', rev: 2 }), ...upheldPath(String(r.id))];
    const res = await api.push(a, push);
    expect(res.body.rejected).toEqual([]);
    expect(res.body.accepted).toHaveLength(push.length);
    expect((await held('resolution', String(r.id)))?.data.status).toBe('upheld');
  });

  it('takes the evidence the server already holds (one lookup), alone or with the push', async () => {
    const r = await received();
    const id = String(r.id);
    const [ruling, letter, answer, referral] = upheldPath(id);
    // the ruling and the letter went in an earlier push; the resolution follows, objected then with the council
    expect((await api.push(a, [ruling, letter])).body.rejected).toEqual([]);
    expect((await api.push(a, [change('resolution', { ...r, status: 'with_council', rev: 2 })])).body.rejected).toEqual(
      [],
    );
    // the council's answer is on the server, the board's decision comes with the change
    expect((await api.push(a, [answer])).body.rejected).toEqual([]);
    const last = await api.push(a, [change('resolution', { ...r, status: 'upheld', rev: 3 }), referral]);
    expect(last.body.rejected).toEqual([]);
    expect((await held('resolution', id))?.data.status).toBe('upheld');
  });

  it("another office's records evidence nothing for this one", async () => {
    const b = (await api.enroll(await s.newOffice('0901', 'یزد', 'یزد'), 'client-b')).body.token;
    const r = await received();
    // office B pushes its own resolution under the same id, and the whole path for it
    const theirs = resolutionData('client-b', 'cb-1', String(r.id), { rev: 1 });
    await api.push(b, [change('council', councilData('client-b', 'cb-1', { county: 'یزد' }))]);
    expect((await api.push(b, [change('resolution', theirs), ...upheldPath(String(r.id))])).body.rejected).toEqual([]);
    const mine = await api.push(a, [change('resolution', { ...r, status: 'upheld', rev: 2 })]);
    expect(mine.body.rejected).toEqual([expect.objectContaining({ code: 'transition' })]);
  });

  it('a new resolution starts in the starting state or carries the evidence of its way from it', async () => {
    const late = resolutionData(OFFICE, COUNCIL, v7(), { status: 'compliant' });
    // a no-conflict notice is no ruling: the resolution is refused, and its child waits for it
    const notice = change('council_letter', councilLetterData(String(late.id), v7(), 'compliance'));
    const res = await api.push(a, [change('resolution', late), notice]);
    expect(res.body.rejected).toEqual([
      expect.objectContaining({ code: 'transition', retry: false }),
      expect.objectContaining({ changeId: notice.changeId, code: 'missing_parent', retry: true }),
    ]);
    expect(res.body.rejected[0].reason).toContain('مصوبهٔ تازه');
    expect(res.body.rejected[0].reason).toContain('رأی عدم مغایرت');
    expect(await held('resolution', String(late.id))).toBeNull();

    // with its ruling and the notice it went on to enforceable, and arrives as such
    const ok = resolutionData(OFFICE, COUNCIL, v7(), { status: 'enforceable', rev: 4 });
    const push = [
      change('resolution', ok),
      change('ruling', rulingData(String(ok.id), v7(), 'compliant')),
      change('council_letter', councilLetterData(String(ok.id), v7(), 'compliance')),
    ];
    expect((await api.push(a, push)).body.rejected).toEqual([]);
    expect((await held('resolution', String(ok.id)))?.data.status).toBe('enforceable');
  });

  it('a resend is idempotent: the same answer, nothing applied twice', async () => {
    const r = await received();
    const refused = change('resolution', { ...r, status: 'upheld', rev: 2 });
    const batch = v7();
    const first = await api.push(a, [refused], batch);
    expect(await api.push(a, [refused], batch)).toEqual(first);

    const push = [change('resolution', { ...r, status: 'upheld', rev: 3 }), ...upheldPath(String(r.id))];
    const again = v7();
    const ok = await api.push(a, push, again);
    expect(ok.body.rejected).toEqual([]);
    // the same batch again, and the same records under new changeIds (a restored backup)
    expect(await api.push(a, push, again)).toEqual(ok);
    const copies = push.map((c) => change(c.entity, c.data));
    expect((await api.push(a, copies)).body.rejected).toEqual([]);
    expect(await held('resolution', String(r.id))).toMatchObject({ rev: 3, data: { status: 'upheld' } });
  });
});
