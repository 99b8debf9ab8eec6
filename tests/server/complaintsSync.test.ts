// A citizen's complaint end to end through the office's real core and the ministry server (on each
// database): filed on the public API, pulled into the office's list («شکایات») with its file,
// linked to a resolution of the register, answered with an issued letter, pushed back, and read by
// its tracking code. Roles are checked in the core; a complaint is never lost nor duplicated when
// pages are pulled again or the office restarts; the office's reports count it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeLetterDraft, seedPeople, tinyPdf, resolutionInput, type People } from '../support/core';
import { ADMIN_ACTOR, DIALECTS, openOffice, startTestServer, type TestOffice, type TestServer } from './support';
import { client } from './wire';

describe.each(DIALECTS)('complaints between the public form and the office on %s', (dialect) => {
  let s: TestServer;
  let o: TestOffice;
  let people: People;
  let councilId = '';
  let trackingCode = '';
  let complaintId = '';
  let resolutionId = '';
  const dir = () => o.t.dir;

  const track = async () =>
    (
      await client(s.url).call<{ status: string; answer: { text: string; letter: { subject: string } | null } | null }>(
        'POST',
        '/public/api/complaints/track',
        { json: { code: trackingCode } },
      )
    ).body;

  beforeAll(async () => {
    s = await startTestServer(dialect);
    const code = await s.newOffice('0801', 'کرمان');
    o = await openOffice('0801', { county: 'کرمان' });
    people = await seedPeople(o.t);
    councilId = (await o.t.call('councils.create', { name: 'کرمان', kind: 'city', county: 'کرمان', province: 'کرمان' }))
      .id;
    await o.engine.enroll(s.url, code, ADMIN_ACTOR);
    expect(await o.engine.run()).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await o?.close();
    await s?.stop();
  });

  it('the citizen picks the office’s council the office pushed, and files', async () => {
    const api = client(s.url);
    const places = await api.call<{ provinces: { counties: { offices: { id: string }[] }[] }[] }>(
      'GET',
      '/public/api/complaints/places',
    );
    const officeId = places.body.provinces[0].counties[0].offices[0].id;
    const councils = await api.call<{ id: string; name: string }[]>(
      'GET',
      `/public/api/complaints/councils?office=${officeId}`,
    );
    expect(councils.body).toEqual([{ id: councilId, name: 'کرمان' }]);
    const r = await api.call<{ trackingCode: string }>('POST', '/public/api/complaints', {
      json: {
        officeId,
        councilId,
        resolutionNumber: '۷۷/۱۲',
        resolutionDate: '۱۴۰۵/۰۸/۱۹',
        resolutionText: 'افزایش عوارض پسماند',
        grounds: 'عوارض پسماند بدون تصویب در بودجه و بدون آگهی عمومی دو برابر شده است.',
        name: 'مریم احمدی',
        contact: 'maryam@example.ir',
        file: { name: 'قبض.pdf', data: tinyPdf('complaint').toString('base64') },
      },
    });
    expect(r.status).toBe(200);
    trackingCode = r.body.trackingCode;
  });

  it('arrives on the next sync in the secretariat’s list, with its file', async () => {
    expect(await o.engine.run()).toMatchObject({ ok: true });
    const list = await o.t.as(people.secretary).call('complaints.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ trackingCode, status: 'new', councilName: 'کرمان', resolutionNumber: '77/12' });
    complaintId = list[0].id;
    const c = await o.t.call('complaints.get', { id: complaintId });
    expect(c).toMatchObject({ councilId, contact: 'maryam@example.ir', resolutionDate: '2026-11-10' });
    expect(c.file).toMatchObject({ name: 'قبض.pdf', mimeType: 'application/pdf', held: true });
    const file = await o.t.call('complaints.file', { id: complaintId });
    expect(Buffer.from(file.dataBase64, 'base64')).toEqual(tinyPdf('complaint'));
    expect((await o.t.as(people.expert).fail('complaints.file', { id: complaintId })).code).toBe('forbidden');
    expect(['received', 'delivered']).toContain((await track()).status);
  });

  it('only the secretariat sees the list and only the secretary links or answers', async () => {
    expect((await o.t.as(people.expert).fail('complaints.list', {})).code).toBe('forbidden');
    expect((await o.t.as(people.member1).fail('complaints.get', { id: complaintId })).code).toBe('forbidden');
    expect((await o.t.as(people.admin).fail('complaints.answer', { id: complaintId, answer: 'x' })).code).toBe(
      'forbidden',
    );
    const bad = await o.t.as(people.secretary).fail('complaints.answer', { id: complaintId, answer: '  ' });
    expect(bad.code).toBe('validation');
    expect((await o.t.fail('complaints.link', { id: complaintId, resolutionId: 'nope' })).message).toBe(
      'مصوبه‌ای که شکایت به آن پیوند می‌خورد پیدا نشد.',
    );
  });

  it('is linked to the resolution the secretary registers, and shows beside it', async () => {
    const c = await o.t.as(people.secretary).call('complaints.get', { id: complaintId });
    const r = await o.t.call(
      'resolutions.register',
      resolutionInput(councilId, { councilResolutionNumber: c.resolutionNumber, approvalDate: c.resolutionDate }),
    );
    resolutionId = r.id;
    const linked = await o.t.call('complaints.link', { id: complaintId, resolutionId });
    expect(linked).toMatchObject({ status: 'linked', resolution: { id: resolutionId } });
    for (const who of [people.expert, people.member1, people.chair]) {
      const beside = await o.t.as(who).call('complaints.ofResolution', { resolutionId });
      expect(beside.map((x) => x.id)).toEqual([complaintId]);
    }
  });

  it('is never lost nor duplicated when pages are pulled again or the office restarts', async () => {
    // the whole feed again, as after a lost answer, with the received copy forgotten too
    await o.t.core.context.db.write(async (tx) => {
      await tx.query(`UPDATE sync_state SET cursor = '' WHERE id = 1`);
      await tx.query(`DELETE FROM sync_reference WHERE entity = 'complaint'`);
    });
    const again = await o.engine.run();
    expect(again, JSON.stringify(again)).toMatchObject({ ok: true });
    const folder = dir();
    await o.close();
    o = await openOffice('0801', { dir: folder });
    expect(await o.engine.run()).toMatchObject({ ok: true });
    const list = await o.t.as(people.secretary).call('complaints.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: complaintId, status: 'linked', resolution: { id: resolutionId } });
  });

  it('is answered with an issued letter; the answer goes up and the citizen reads it by code', async () => {
    const sec = o.t.as(people.secretary);
    const draft = await freeLetterDraft(sec, 'پاسخ به شکایت از مصوبهٔ عوارض پسماند', {
      recipient: 'خانم مریم احمدی',
      salutation: 'با سلام',
      body: '<p>مصوبه در هیأت بررسی شد و به شورا اعتراض شد.</p>',
    });
    const notIssued = await sec.fail('complaints.answer', { id: complaintId, answer: 'پاسخ', letterId: draft.id });
    expect(notIssued.code, notIssued.message).toBe('validation');
    const { letter } = await sec.call('letters.issue', { id: draft.id });
    const answered = await sec.call('complaints.answer', {
      id: complaintId,
      answer: 'شکایت شما بررسی شد؛ هیأت به این مصوبه اعتراض کرد.',
      letterId: letter.id,
    });
    expect(answered).toMatchObject({ status: 'answered', answer: { letter: { id: letter.id } } });
    expect(await o.engine.run()).toMatchObject({ ok: true, rejected: 0 });
    expect(await track()).toMatchObject({
      status: 'answered',
      answer: {
        text: 'شکایت شما بررسی شد؛ هیأت به این مصوبه اعتراض کرد.',
        letter: { subject: 'پاسخ به شکایت از مصوبهٔ عوارض پسماند' },
      },
    });
  });

  it('counts in the office’s reports', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const r = await o.t.as(people.secretary).call('reports.get', {
      period: { kind: 'range', from: '2026-01-01', to: today > '2026-12-31' ? today : '2026-12-31' },
    });
    expect(r.complaints).toEqual({ received: 1, answered: 1 });
  });
});
