// Push semantics against the real server on PostgreSQL and the embedded SQLite: ownership, the lifecycle table,
// idempotency by changeId, ordering by rev, files, and the letter register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { formatJalali } from '../../shared/dates/jalali';
import { DEFAULT_DB_POOL } from '../../src-server/config';
import { startTestServer, type Dialect, type TestServer } from './support';
import {
  change,
  client,
  councilData,
  issuedLetter,
  letterData,
  loadWireSamples,
  officeData,
  resolutionData,
  rulingData,
  sessionData,
  sessionItemData,
  sha,
} from './wire';

describe.each<Dialect>(['postgres', 'sqlite'])('pushes on %s', (dialect) => {
  let s: TestServer;
  let api: ReturnType<typeof client>;
  let a: string;
  let b: string;

  beforeAll(async () => {
    await loadWireSamples({ letters: true });
    s = await startTestServer(dialect);
    api = client(s.url);
    a = (await api.enroll(await s.newOffice('0801'), 'client-a')).body.token;
    b = (await api.enroll(await s.newOffice('0901', 'یزد', 'یزد'), 'client-b')).body.token;
  });
  afterAll(() => s?.stop());

  const held = async (entity: string, id: string, office = '0801') => {
    const [r] = await s.db.read.query<{ rev: number; data: string; code: string }>(
      `SELECT r.rev, r.data, o.code FROM sync_record r JOIN office o ON o.id = r.office_id
      WHERE entity = $1 AND r.id = $2 AND o.code = $3`,
      [entity, id, office],
    );
    return r ? { rev: r.rev, office: r.code, data: JSON.parse(r.data) as Record<string, unknown> } : null;
  };

  describe('ownership', () => {
    it('an office writes its own records', async () => {
      const r = await api.push(a, [
        change(
          'office',
          officeData('client-a', {
            name: 'دبیرخانه کرمان',
            organisation: 'فرمانداری',
            ministry: 'وزارت کشور',
            province: 'کرمان',
            county: 'کرمان',
            code: '0801',
          }),
        ),
        change('council', councilData('client-a', 'ca-1')),
      ]);
      expect(r.status).toBe(200);
      expect(r.body.rejected).toEqual([]);
      expect(await held('council', 'ca-1')).toMatchObject({ office: '0801', rev: 1 });
    });

    it("another office's id is another record: it neither overwrites nor blocks the first office's", async () => {
      // office B pushes a record under A's id first would squat it if records were keyed by id alone
      const squat = change('council', councilData('client-b', 'ca-squat', { rev: 7, name: 'ربوده', county: 'یزد' }));
      expect((await api.push(b, [squat])).body.rejected).toEqual([]);
      const mine = change('council', councilData('client-a', 'ca-squat'));
      expect((await api.push(a, [mine])).body.rejected).toEqual([]);
      expect(await held('council', 'ca-squat', '0801')).toMatchObject({ rev: 1, data: { name: 'کرمان' } });
      expect(await held('council', 'ca-squat', '0901')).toMatchObject({ rev: 7, data: { name: 'ربوده' } });
      // and A's later versions go on applying to A's record
      const v2 = change('council', councilData('client-a', 'ca-squat', { rev: 2, name: 'کرمان نو' }));
      expect((await api.push(a, [v2])).body.rejected).toEqual([]);
      expect(await held('council', 'ca-squat', '0801')).toMatchObject({ rev: 2, data: { name: 'کرمان نو' } });
      expect(await held('council', 'ca-squat', '0901')).toMatchObject({ rev: 7 });
    });

    it("never writes a record in another office's name", async () => {
      const inTheirName = change('council', councilData('client-a', 'cb-new'));
      const asThem = change(
        'office',
        officeData('client-a', {
          name: 'x',
          organisation: 'x',
          ministry: 'x',
          province: 'x',
          county: 'x',
          code: 'x',
          rev: 9,
        }),
      );
      const r = await api.push(b, [inTheirName, asThem]);
      expect(r.body.accepted).toEqual([]);
      expect(r.body.rejected.map((x) => x.code)).toEqual(['not_owner', 'not_owner']);
      expect(r.body.rejected[0].reason).toContain('دبیرخانهٔ دیگری');
      expect(await held('council', 'ca-1')).toMatchObject({ office: '0801', rev: 1, data: { name: 'کرمان' } });
      expect(await held('council', 'cb-new', '0901')).toBeNull();
    });

    it("a child follows its parent: missing parent waits, another office's parent is refused", async () => {
      const orphan = change('session_item', sessionItemData('s-a', 'r-x', 'si-1'));
      let r = await api.push(a, [orphan]);
      expect(r.body.rejected).toEqual([expect.objectContaining({ code: 'missing_parent', retry: true })]);
      // the parent arrives (earlier in the same batch), and the same change is accepted
      r = await api.push(a, [change('panel_session', sessionData('client-a', 's-a')), orphan]);
      expect(r.body.rejected).toEqual([]);
      // another office's session is not one of B's: B's item waits for a parent of its own
      r = await api.push(b, [change('session_item', sessionItemData('s-a', 'r-x', 'si-2'))]);
      expect(r.body.rejected).toEqual([expect.objectContaining({ code: 'missing_parent', retry: true })]);
      expect(await held('session_item', 'si-2', '0901')).toBeNull();
    });

    it('refuses data that does not match the shared schema, naming the field', async () => {
      const bad = change('council', { ...councilData('client-a', 'ca-2'), kind: 'galaxy' });
      const extra = change('council', { ...councilData('client-a', 'ca-3'), secret: 1 });
      const unknown = change('spaceship', { id: 'x1' });
      const r = await api.push(a, [bad, extra, unknown]);
      expect(r.body.rejected.map((x) => x.code)).toEqual(['invalid', 'invalid', 'unknown_entity']);
      expect(r.body.rejected[0].reason).toContain('kind');
    });
  });

  describe('the lifecycle table', () => {
    it('accepts a status the table reaches from the server state, refuses one it does not', async () => {
      const r1 = resolutionData('client-a', 'ca-1', 'r-1');
      expect((await api.push(a, [change('resolution', r1)])).body.rejected).toEqual([]);
      // received → compliant: sent to the panel and ruled offline, pushed as one change with its ruling
      const r2 = { ...r1, status: 'compliant', rev: 2 };
      const ruling = change('ruling', rulingData('r-1', 'ru-1', 'compliant'));
      expect((await api.push(a, [change('resolution', r2), ruling])).body.rejected).toEqual([]);
      const r3 = { ...r1, status: 'received', rev: 3 };
      const r = await api.push(a, [change('resolution', r3)]);
      expect(r.body.rejected).toEqual([expect.objectContaining({ code: 'transition', retry: false })]);
      expect(r.body.rejected[0].reason).toContain('مجاز نیست');
      expect((await held('resolution', 'r-1'))?.data.status).toBe('compliant');
    });
  });

  describe('idempotency and order', () => {
    it('the same batch twice has the effect of once, and the same answer', async () => {
      const c = change('council', councilData('client-a', 'ca-9', { rev: 1 }));
      const bad = change('council', councilData('client-b', 'ca-10'));
      const first = await api.push(a, [c, bad], 'batch-twice-1');
      const [{ n: before }] = await s.db.read.query<{ n: string }>('SELECT count(*) AS n FROM applied_change');
      const second = await api.push(a, [c, bad], 'batch-twice-1');
      expect(second.body).toEqual(first.body);
      const [{ n: after }] = await s.db.read.query<{ n: string }>('SELECT count(*) AS n FROM applied_change');
      expect(after).toBe(before);
      // a change id reused for other data is refused, not answered "accepted" and dropped
      const replay = await api.push(a, [{ ...c, rev: 5, data: { ...c.data, rev: 5, name: 'دیگر' } }]);
      expect(replay.body.accepted).toEqual([]);
      expect(replay.body.rejected).toEqual([expect.objectContaining({ changeId: c.changeId, code: 'reused_change' })]);
      const sameRev = await api.push(a, [{ ...c, data: { ...c.data, name: 'دیگر' } }]);
      expect(sameRev.body.rejected).toEqual([expect.objectContaining({ code: 'reused_change', retry: false })]);
      expect(await held('council', 'ca-9')).toMatchObject({ rev: 1, data: { name: 'کرمان' } });
    });

    it('an older version arriving late never overwrites a newer one', async () => {
      const v1 = councilData('client-a', 'ca-20', { rev: 1, name: 'یک' });
      const v2 = { ...v1, rev: 2, name: 'دو' };
      const early = change('council', v1, v7());
      const late = change('council', v2, v7());
      expect((await api.push(a, [late])).body.rejected).toEqual([]);
      const r = await api.push(a, [early]);
      expect(r.body.rejected).toEqual([expect.objectContaining({ code: 'stale', retry: false })]);
      expect((await held('council', 'ca-20'))?.data.name).toBe('دو');
      // the same version sent again under a new change id (a restored backup) is harmless
      expect((await api.push(a, [change('council', v2)])).body.rejected).toEqual([]);
      // the same version with other content never overwrites what the server holds
      const v2b = { ...v2, nationalCode: '42' };
      const r2 = await api.push(a, [change('council', v2b, 'zzzzzzzzzzzz-later-id')]);
      expect(r2.body.rejected).toEqual([expect.objectContaining({ code: 'conflict', retry: false })]);
      expect((await held('council', 'ca-20'))?.data.nationalCode).toBe('');
    });
  });

  describe('the round trips', () => {
    it('values reach the database exactly as sent, whatever quotes, backslashes or $n they hold', async () => {
      const name = `O'Neil \\ back\\slash $1 $$ E'\\x' '); DROP TABLE sync_record; --\nنو`;
      const id = `ca-q'uote\\$2`;
      const r = await api.push(a, [change('council', councilData('client-a', id, { name }))]);
      expect(r.body.rejected).toEqual([]);
      expect((await held('council', id))?.data.name).toBe(name);
      // the same version again is recognised as the same text
      expect((await api.push(a, [change('council', councilData('client-a', id, { name }))])).body.rejected).toEqual([]);
    });

    it('a statement run with COMMIT that fails rolls the whole transaction back', async () => {
      const before = await s.db.read.query<{ n: string }>('SELECT count(*) AS n FROM province');
      await expect(
        s.db.tx(async (tx) => {
          await tx.query('INSERT INTO province (id, name, created_at) VALUES ($1, $2, $3)', [
            'p-rolled-back',
            'گم',
            'x',
          ]);
          // a refusal both databases give (SQLite divides by zero into NULL)
          tx.atCommit({
            sql: 'INSERT INTO province (id, name, created_at) VALUES ($1, NULL, $2)',
            params: ['p-n', 'x'],
          });
        }),
      ).rejects.toThrow(/null/i);
      expect(await s.db.read.query('SELECT count(*) AS n FROM province')).toEqual(before);
      // and the connection is usable again (no transaction left open on it)
      await s.db.tx(async (tx) => tx.atCommit({ sql: 'SELECT 1' }));
    });

    it('a failing statement of a batch rejects the batch with its own error, and nothing of the transaction stays', async () => {
      const before = await s.db.read.query<{ n: string }>('SELECT count(*) AS n FROM province');
      const insert = (id: string, name: string | null) => ({
        sql: 'INSERT INTO province (id, name, created_at) VALUES ($1, $2, $3)',
        params: [id, name, 'x'],
      });
      await expect(
        s.db.tx((tx) => tx.batch([insert('p-b1', 'یک'), insert('p-b2', null), insert('p-b3', 'سه')]), {
          lock: 'office:none',
        }),
      ).rejects.toThrow(/null/i);
      expect(await s.db.read.query('SELECT count(*) AS n FROM province')).toEqual(before);
    });

    it.runIf(dialect === 'postgres')(
      'a statement to prepare runs prepared on every connection, after rollbacks too, its arrays intact',
      async () => {
        const values = [`a"b`, `c\\d`, `{e,f}`, `O'Neil`, 'NULL', null, 'نو'];
        const echo = { prepare: true, sql: 'SELECT unnest($1::text[]) AS v', params: [values] };
        // more transactions at once than the pool has connections, every third one rolled back
        const runs = Array.from({ length: 3 * DEFAULT_DB_POOL }, (_, i) =>
          s.db.tx(async (tx) => {
            const [rows] = await tx.batch([echo]);
            if (i % 3 === 0) throw new Error('rolled back');
            return rows.map((r) => r.v);
          }),
        );
        const outcomes = await Promise.allSettled(runs);
        outcomes.forEach((o, i) => {
          if (i % 3 === 0) expect(o.status).toBe('rejected');
          else expect(o).toEqual({ status: 'fulfilled', value: values });
        });
        // a connection that has run it holds it once: it was prepared there once, then only executed
        const [, held] = await s.db.tx((tx) =>
          tx.batch([
            echo,
            {
              sql: 'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1',
              params: [echo.sql],
            },
          ]),
        );
        expect(held).toEqual([{ n: 1 }]);
      },
    );
  });

  describe('files', () => {
    const pdf = Buffer.from('%PDF-1.4 the council minutes');
    const hash = sha(pdf);

    it('checks the hash, stores once, and serves a file only to the office that sent it', async () => {
      let r = await api.call('PUT', `/v1/blobs/${'0'.repeat(64)}`, {
        token: a,
        raw: pdf,
        type: 'application/octet-stream',
      });
      expect(r).toMatchObject({ status: 400, body: { error: { code: 'hash_mismatch' } } });
      r = await api.call('PUT', `/v1/blobs/${hash}`, { token: a, raw: pdf, type: 'application/octet-stream' });
      expect(r).toMatchObject({ status: 201, body: { stored: true } });
      r = await api.call('PUT', `/v1/blobs/${hash}`, { token: a, raw: pdf, type: 'application/octet-stream' });
      expect(r).toMatchObject({ status: 200, body: { stored: false } });
      const got = await fetch(`${s.url}/v1/blobs/${hash}`, { headers: { authorization: `Bearer ${a}` } });
      expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
      expect((await api.call('GET', `/v1/blobs/${hash}`, { token: b })).status).toBe(404);
      // B's upload of bytes A holds answers as a first upload: it does not learn that A holds them
      const shared = Buffer.from('%PDF-1.4 a circular both offices received');
      const put = (token: string) =>
        api.call('PUT', `/v1/blobs/${sha(shared)}`, { token, raw: shared, type: 'application/octet-stream' });
      expect(await put(a)).toMatchObject({ status: 201, body: { stored: true } });
      expect(await put(b)).toMatchObject({ status: 201, body: { stored: true } });
      expect(await put(b)).toMatchObject({ status: 200, body: { stored: false } });
    });

    it("a record waits for its file: the server holds it only once the office's own copy arrived", async () => {
      const attachment = {
        id: 'att-1',
        resolutionId: 'rb-1',
        sha256: hash,
        name: 'صورتجلسه.pdf',
        mimeType: 'application/pdf',
        size: pdf.length,
        createdAt: '2026-11-20T08:00:00.000Z',
      };
      await api.push(b, [change('council', councilData('client-b', 'cb-1', { county: 'یزد', province: 'یزد' }))]);
      const rec = change('resolution', resolutionData('client-b', 'cb-1', 'rb-1', { attachments: [attachment] }));
      let r = await api.push(b, [rec]);
      expect(r.body.rejected).toEqual([expect.objectContaining({ code: 'missing_blob', retry: true })]);
      await api.call('PUT', `/v1/blobs/${hash}`, { token: b, raw: pdf, type: 'application/octet-stream' });
      r = await api.push(b, [rec]);
      expect(r.body.rejected).toEqual([]);
    });
  });

  describe('letters', () => {
    const pdf = Buffer.from('%PDF-1.4 letter 123');
    const verify = (q: Record<string, string>) =>
      api.call<{ valid: boolean; message: string; office: { name: string } | null }>(
        'GET',
        `/v1/letters/verify?${new URLSearchParams(q)}`,
      );

    it('verifies a letter against what the issuing office pushed', async () => {
      await api.call('PUT', `/v1/blobs/${sha(pdf)}`, { token: a, raw: pdf, type: 'application/octet-stream' });
      const letter = issuedLetter('0801', 'client-a', 'l-1', { pdfSha256: sha(pdf) });
      const { contentHash } = letter;
      expect((await api.push(a, [change('letter', letter)])).body.rejected).toEqual([]);
      // as the QR code carries it: the office's code, ASCII digits, the Jalali date
      let r = await verify({
        office: '0801',
        number: '1405/ت/123',
        date: formatJalali('2026-11-22', { digits: 'latin' }),
        hash: contentHash,
      });
      expect(r.body).toMatchObject({ valid: true, office: { name: 'دبیرخانه کرمان 0801' } });
      r = await verify({ office: '0801', number: '۱۴۰۵/ت/۱۲۳', date: '2026-11-22', hash: contentHash });
      expect(r.body.valid).toBe(true);
      r = await verify({ office: '0801', number: '1405/ت/123', date: '2026-11-22', hash: 'd'.repeat(64) });
      expect(r.body).toMatchObject({ valid: false, message: expect.stringContaining('متن آن') });
      r = await verify({ office: '0801', number: '1405/ت/999', date: '2026-11-22', hash: 'e'.repeat(64) });
      expect(r.body).toMatchObject({ valid: false, office: { name: 'دبیرخانه کرمان 0801' } });
      r = await verify({ office: '7777', number: '1405/ت/123', date: '2026-11-22', hash: contentHash });
      expect(r.body).toMatchObject({ valid: false, office: null });
      await api.push(a, [change('letter', { ...letter, status: 'voided', voidReason: 'اشتباه در نشانی', rev: 2 })]);
      r = await verify({ office: '0801', number: '1405/ت/123', date: '2026-11-22', hash: contentHash });
      expect(r.body).toMatchObject({ valid: false, message: expect.stringContaining('باطل') });
      expect((await api.call('GET', '/v1/letters/verify?number=1&date=2026-11-22')).status).toBe(400);
    });

    it('another office cannot make a genuine letter verify as voided, nor register a hash its letter lacks', async () => {
      await api.call('PUT', `/v1/blobs/${sha(pdf)}`, { token: a, raw: pdf, type: 'application/octet-stream' });
      await api.call('PUT', `/v1/blobs/${sha(pdf)}`, { token: b, raw: pdf, type: 'application/octet-stream' });
      const genuine = issuedLetter('0801', 'client-a', 'l-genuine', {
        serial: 200,
        number: '1405/ت/200',
        pdfSha256: sha(pdf),
      });
      expect((await api.push(a, [change('letter', genuine)])).body.rejected).toEqual([]);
      // B copies A's letter, hash and all, and pushes it voided: the hash is not its content's
      const forged = {
        ...letterData('client-b', 'l-forged', { serial: 200, number: '1405/ت/200', pdfSha256: sha(pdf) }),
        contentHash: genuine.contentHash,
        status: 'voided',
        voidReason: 'جعلی',
      };
      const r = await api.push(b, [change('letter', forged)]);
      expect(r.body.rejected).toEqual([expect.objectContaining({ code: 'invalid', retry: false })]);
      expect(r.body.rejected[0].reason).toContain('چکیدهٔ متن');
      // B's own letter with the same number and date, honestly hashed and voided, is B's alone
      const own = issuedLetter('0901', 'client-b', 'l-own', { serial: 200, number: '1405/ت/200', pdfSha256: sha(pdf) });
      await api.push(b, [change('letter', own)]);
      expect(
        (await api.push(b, [change('letter', { ...own, status: 'voided', voidReason: 'x', rev: 2 })])).body.rejected,
      ).toEqual([]);
      const q = { number: '1405/ت/200', date: '2026-11-22' };
      const asA = await verify({ ...q, office: '0801', hash: genuine.contentHash });
      expect(asA.body).toMatchObject({ valid: true, office: { name: 'دبیرخانه کرمان 0801' } });
      const asB = await verify({ ...q, office: '0901', hash: own.contentHash });
      expect(asB.body).toMatchObject({ valid: false, message: expect.stringContaining('باطل') });
      // A's hash asked of B's office is not B's letter
      expect((await verify({ ...q, office: '0901', hash: genuine.contentHash })).body.valid).toBe(false);
    });
  });
});
