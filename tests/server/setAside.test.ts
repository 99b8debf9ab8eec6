// Nothing sticks forever (issue 16 item 10), the server's half: a change the database cannot store
// is set aside with its reason, the rest of its batch is applied, the same batch sent again gets
// the same answer, and the admin's command line lists it. Both databases, for real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src-server/admin/cli';
import { DIALECTS, poisonRecords, startTestServer, type TestServer } from './support';
import { change, client, councilData, loadWireSamples } from './wire';

describe.each(DIALECTS)('a change the server cannot store, on %s', (dialect) => {
  let s: TestServer;
  let api: ReturnType<typeof client>;
  let token: string;

  beforeAll(async () => {
    await loadWireSamples();
    s = await startTestServer(dialect);
    api = client(s.url);
    token = (await api.enroll(await s.newOffice('0501'), 'client-s')).body.token;
    // a record the database refuses, as one the schemas did not foresee would be
    await poisonRecords(s, 'زهر');
  });
  afterAll(() => s?.stop());

  const held = async (id: string) =>
    (await s.db.read.query<{ id: string }>('SELECT id FROM sync_record WHERE id = $1', [id])).length;

  it('sets the change aside with its reason and applies the rest of the batch', async () => {
    const changes = [
      change('council', councilData('client-s', 'sa-1')),
      change('council', councilData('client-s', 'sa-poison', { name: 'زهر' })),
      change('council', councilData('client-s', 'sa-2')),
      change('council', councilData('client-s', 'sa-3')),
    ];
    const r = await api.push(token, changes, 'sa-batch-1');
    expect(r.status).toBe(200);
    expect(r.body.accepted).toEqual([changes[0].changeId, changes[2].changeId, changes[3].changeId]);
    expect(r.body.rejected).toEqual([
      expect.objectContaining({ changeId: changes[1].changeId, code: 'unstorable', retry: false }),
    ]);
    expect(r.body.rejected[0].reason).toContain('کنار گذاشته شد');
    expect([await held('sa-1'), await held('sa-2'), await held('sa-3'), await held('sa-poison')]).toEqual([1, 1, 1, 0]);
    // the same batch again: the same answer, nothing written twice
    const again = await api.push(token, changes, 'sa-batch-1');
    expect(again.body).toEqual(r.body);
    // the office's next batch goes on as usual
    const next = await api.push(token, [change('council', councilData('client-s', 'sa-4'))]);
    expect(next.body.rejected).toEqual([]);
  });

  it.runIf(dialect === 'postgres')('a value out of a column range is set aside too', async () => {
    const big = change('council', councilData('client-s', 'sa-big', { rev: 3_000_000_000 }));
    const fine = change('council', councilData('client-s', 'sa-fine'));
    const r = await api.push(token, [big, fine]);
    expect(r.status).toBe(200);
    expect(r.body.accepted).toEqual([fine.changeId]);
    expect(r.body.rejected).toEqual([expect.objectContaining({ changeId: big.changeId, code: 'unstorable' })]);
  });

  it("lists what was set aside on the admin's command line", async () => {
    const lines: string[] = [];
    const code = await runCli(['set-aside', '--office', '0501', '--db', s.dbUrl], (l) => lines.push(l));
    expect(code).toBe(0);
    expect(lines.join('\n')).toContain('council/sa-poison');
    expect(lines.join('\n')).toContain('کنار گذاشته شد');
  });
});
