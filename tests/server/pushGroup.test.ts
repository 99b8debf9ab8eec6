// Group commit: pushes that wait together run in one transaction, and each still gets the answer
// it would have had alone. The queue here runs one transaction at a time, so everything submitted
// while the first runs forms the next group (the server's own queue forms groups the same way
// when its connections are busy). Both databases, each for real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { PushRequest, PushResponse } from '../../shared/sync/protocol';
import type { ServerDb } from '../../src-server/db/database';
import { hashSecret } from '../../src-server/sync/tokens';
import { PushQueue } from '../../src-server/sync/pushQueue';
import { writeBatch } from '../../src-server/sync/pushSql';
import { startTestServer, type Dialect, type TestServer } from './support';
import { change, client, councilData, issuedLetter, loadWireSamples, sha } from './wire';

const quiet = { info: () => undefined };

describe.each<Dialect>(['postgres', 'sqlite'])('grouped pushes on %s', (dialect) => {
  let s: TestServer;
  let api: ReturnType<typeof client>;
  const tokens: string[] = [];
  const officeIds: string[] = [];

  beforeAll(async () => {
    await loadWireSamples({ letters: true });
    s = await startTestServer(dialect);
    api = client(s.url);
    for (let i = 0; i < 8; i++) {
      const code = `07${String(i).padStart(2, '0')}`;
      tokens.push((await api.enroll(await s.newOffice(code), `client-g${i}`)).body.token);
      officeIds.push(`client-g${i}`);
    }
  });
  afterAll(() => s?.stop());

  /** A queue of one transaction at a time over the server's database, counting its transactions. */
  function queue() {
    const counted = { transactions: 0 };
    const db: ServerDb = {
      ...s.db,
      tx: (fn, opts) => {
        counted.transactions++;
        return s.db.tx(fn, opts);
      },
    };
    const q = new PushQueue(db, { concurrency: 1, maxChanges: 2000 });
    /** a push with `token` (as the office holds it) */
    const send = (token: string, changes: unknown[], batchId = v7()) =>
      q.push(hashSecret(token), { batchId, changes } as PushRequest, now, quiet);
    /** office i's push of one council of its own */
    const council = (i: number, id: string, over: Record<string, unknown> = {}) =>
      send(tokens[i], [change('council', councilData(officeIds[i], id, over))]);
    return { send, council, counted };
  }

  const now = '2026-11-23T08:00:00.000Z';
  const owner = async (entity: string, id: string) =>
    (
      await s.db.read.query<{ client_office_id: string }>(
        'SELECT o.client_office_id FROM sync_record r JOIN office o ON o.id = r.office_id WHERE r.entity = $1 AND r.id = $2',
        [entity, id],
      )
    ).map((r) => r.client_office_id);

  it('answers each push of a group as if it ran alone', async () => {
    const { send, council, counted } = queue();
    const first = council(0, 'g-first');
    // submitted while the first runs: one group
    const own = tokens.map((_, i) => council(i, `g-own-${i}`));
    // two offices create the same id at the same instant: each holds its own record (issue 16 item 9)
    const clash = [1, 2].map((i) => council(i, 'g-clash', { name: `از ${i}` }));
    const revoked = send('not-a-token-at-all', [change('council', councilData('x', 'g-x'))]).catch((e: unknown) => e);
    const answers = await Promise.all([first, ...own]);
    expect(answers.every((a) => a.rejected.length === 0 && a.accepted.length === 1)).toBe(true);
    const [one, two] = (await Promise.all(clash)) as PushResponse[];
    expect(one.rejected).toEqual([]);
    expect(two.rejected).toEqual([]);
    expect(await revoked).toMatchObject({ status: 401 });
    // the first alone, then everything else (the clash's second push waits for a token it shares)
    expect(counted.transactions).toBeLessThanOrEqual(3);
    for (let i = 0; i < tokens.length; i++) expect(await owner('council', `g-own-${i}`)).toEqual([officeIds[i]]);
    expect((await owner('council', 'g-clash')).sort()).toEqual([officeIds[1], officeIds[2]].sort());
    expect(await owner('council', 'g-x')).toEqual([]);
  });

  it('gives a duplicated request the first answer and applies it once', async () => {
    const { send } = queue();
    const c = change('council', councilData(officeIds[3], 'g-dup'));
    const changes = [c, change('council', councilData(officeIds[4], 'g-dup-theirs'))];
    const [a, b] = await Promise.all([
      send(tokens[3], changes, 'g-dup-batch'),
      send(tokens[3], changes, 'g-dup-batch'),
    ]);
    expect(b).toEqual(a);
    expect(a.accepted).toEqual([c.changeId]);
    const [{ n }] = await s.db.read.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM applied_change WHERE batch_id = $1',
      ['g-dup-batch'],
    );
    expect(Number(n)).toBe(2);
  });

  it("runs a second token's push of the same office after the first, seeing it", async () => {
    // a second live token of one office (enrolling again now revokes the first, so it is made here)
    const again = `tq1_second-token-of-office-5-${dialect}`;
    await s.db.tx((tx) =>
      tx.query(
        `INSERT INTO access_token (token_hash, office_id, scopes, client, created_at)
         SELECT $1, office_id, scopes, 'second', created_at FROM access_token WHERE token_hash = $2`,
        [hashSecret(again), hashSecret(tokens[5])],
      ),
    );
    const { send, council, counted } = queue();
    const v1 = councilData(officeIds[5], 'g-two-tokens');
    const v2 = { ...v1, rev: 2, name: 'نام تازه' };
    const blocker = council(0, 'g-b');
    const [p1, p2] = await Promise.all([
      send(tokens[5], [change('council', v1)]),
      send(again, [change('council', v2)]),
      blocker,
    ]);
    expect(p1.rejected).toEqual([]);
    expect(p2.rejected).toEqual([]);
    expect(counted.transactions).toBe(3);
    const [held] = await s.db.read.query<{ rev: number }>("SELECT rev FROM sync_record WHERE id = 'g-two-tokens'");
    expect(Number(held.rev)).toBe(2);
  });

  it('keeps a letter changed twice in one push as its last state', async () => {
    const { send } = queue();
    const pdf = Buffer.from(`%PDF-1.4 ${dialect}`);
    await api.call('PUT', `/v1/blobs/${sha(pdf)}`, { token: tokens[6], raw: pdf, type: 'application/octet-stream' });
    const l1 = issuedLetter('0706', officeIds[6], 'g-letter', { pdfSha256: sha(pdf) });
    const l2 = { ...l1, rev: 2, status: 'voided', voidReason: 'اشتباه در نشانی' };
    const a = await send(tokens[6], [change('letter', l1), change('letter', l2)]);
    expect(a.rejected).toEqual([]);
    const [row] = await s.db.read.query<{ status: string }>(
      "SELECT status FROM letter_register WHERE letter_id = 'g-letter'",
    );
    expect(row.status).toBe('voided');
  });

  it("never writes over another office's row, even from a transaction that found the record new", async () => {
    // records are keyed by office: what is written for another office is that office's own row
    // what a transaction racing another one that created the same id would write
    const [theirs] = await s.db.read.query<{ id: string }>('SELECT id FROM office WHERE client_office_id = $1', [
      officeIds[2],
    ]);
    await s.db.tx((tx) =>
      writeBatch(tx, dialect, {
        records: [['council', 'g-own-1', theirs.id, 9, v7(), '{"stolen":true}', now]],
        applied: [],
        letters: [],
        deliveries: [],
        offices: [],
      }),
    );
    expect((await owner('council', 'g-own-1')).sort()).toEqual([officeIds[1], officeIds[2]].sort());
    const [row] = await s.db.read.query<{ rev: number; data: string }>(
      "SELECT rev, data FROM sync_record r JOIN office o ON o.id = r.office_id WHERE r.id = 'g-own-1' AND o.client_office_id = $1",
      [officeIds[1]],
    );
    expect(Number(row.rev)).toBe(1);
    expect(row.data).not.toContain('stolen');
  });

  it("runs each push alone when its group's transaction fails, so one bad push cannot fail the others", async () => {
    // a record the database refuses, as a broken one would be
    await s.db.tx(async (tx) => {
      if (dialect === 'postgres') {
        await tx.query(`CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS
          $$ BEGIN RAISE EXCEPTION 'poisoned record'; END $$`);
        await tx.query(`CREATE TRIGGER poison BEFORE INSERT ON sync_record FOR EACH ROW
          WHEN (NEW.id = 'g-poison') EXECUTE FUNCTION poison()`);
      } else {
        await tx.query(`CREATE TRIGGER poison BEFORE INSERT ON sync_record
          WHEN NEW.id = 'g-poison' BEGIN SELECT RAISE(ABORT, 'poisoned record'); END`);
      }
    });
    const { council, counted } = queue();
    const blocker = council(0, 'g-p0');
    const good = [1, 2, 3].map((i) => council(i, `g-p${i}`));
    const bad = council(7, 'g-poison');
    const ok = await Promise.all([blocker, ...good]);
    expect(ok.every((a) => a.rejected.length === 0)).toBe(true);
    // alone, its change is set aside (setAside.test.ts) instead of failing the push
    expect((await bad).rejected).toEqual([expect.objectContaining({ code: 'unstorable', retry: false })]);
    // the first alone, the failed group, its four pushes one by one, then the bad one again
    expect(counted.transactions).toBe(7);
    for (const i of [0, 1, 2, 3]) expect(await owner('council', `g-p${i}`)).toEqual([officeIds[i]]);
    expect(await owner('council', 'g-poison')).toEqual([]);
  });
});
