// The public complaint form on both databases: filing (per-field Persian errors, file type by its
// bytes, size), the office's councils to pick from, the tracking code and its page, the office's
// pull of the complaint and its pushed answer shown by code, the limits per address, and no way to
// find a complaint but by its exact code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINT_FILE_MAX, COMPLAINT_MESSAGES } from '../../shared/complaints/input';
import { COMPLAINT_LIMITS } from '../../src-server/public/complaintLimits';
import { startTestServer, type Dialect, type TestServer } from './support';
import { change, client, councilData, loadWireSamples, officeData } from './wire';

const PDF = Buffer.from('%PDF-1.4\n% a complaint\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const EXE = Buffer.from('MZ\x90\x00 not a document');

describe.each<Dialect>(['sqlite', 'postgres'])('public complaints on %s', (dialect) => {
  let s: TestServer;
  let api: ReturnType<typeof client>;
  let t = Date.parse('2026-11-22T08:00:00Z');
  let officeId = '';
  let token = '';
  const pass = (ms: number) => (t += ms);
  const valid = () => ({
    officeId,
    councilId: 'council-1',
    resolutionNumber: '۱۲۳',
    resolutionDate: '۱۴۰۵/۰۸/۰۱',
    grounds: 'این مصوبه عوارض تازه‌ای بر کسبه وضع کرده که در قانون پیش‌بینی نشده است.',
    name: 'مریم احمدی',
    contact: '۰۹۱۲۳۴۵۶۷۸۹',
    file: { name: 'مدرک.pdf', data: PDF.toString('base64') },
  });
  const file = (body: unknown) => api.call<{ trackingCode: string }>('POST', '/public/api/complaints', { json: body });
  const track = (code: string) =>
    api.call<{ status: string; answer: { text: string } | null; councilName: string }>(
      'POST',
      '/public/api/complaints/track',
      { json: { code } },
    );
  const err = (r: { body: unknown }) => (r.body as { error: { message: string } }).error.message;

  beforeAll(async () => {
    await loadWireSamples();
    s = await startTestServer(dialect, { clock: () => new Date(t) });
    api = client(s.url);
    const enrolled = (await api.enroll(await s.newOffice('0901'), 'client-a')).body;
    token = enrolled.token;
    officeId = enrolled.office.id;
    const r = await api.push(token, [
      change('office', officeData('client-a', { code: '0901' })),
      change('council', councilData('client-a', 'council-1', { name: 'شورای اسلامی شهر راور', active: 1 })),
      change('council', councilData('client-a', 'council-2', { name: 'شورای منحل', nameKey: 'x', active: 0 })),
    ]);
    expect(r.body.rejected).toEqual([]);
  });
  afterAll(() => s?.stop());

  it('offers the places and the office’s active councils to pick from', async () => {
    const places = await api.call<{ provinces: { name: string; counties: { offices: { id: string }[] }[] }[] }>(
      'GET',
      '/public/api/complaints/places',
    );
    expect(places.body.provinces[0].counties[0].offices[0].id).toBe(officeId);
    const councils = await api.call<{ id: string; name: string }[]>(
      'GET',
      `/public/api/complaints/councils?office=${officeId}`,
    );
    expect(councils.body).toEqual([{ id: 'council-1', name: 'شورای اسلامی شهر راور' }]);
  });

  it('files a complaint, gives a 16-digit code, and publishes it to the office’s feed only', async () => {
    const r = await file(valid());
    expect(r.status).toBe(200);
    expect(r.body.trackingCode).toMatch(/^\d{16}$/);
    const pulled = await api.call<{ changes: { entity: string; scope: string; data: Record<string, unknown> }[] }>(
      'GET',
      '/v1/sync/pull',
      { token },
    );
    const complaints = pulled.body.changes.filter((c) => c.entity === 'complaint');
    expect(complaints).toHaveLength(1);
    expect(complaints[0].scope).toBe(`office:${officeId}`);
    expect(complaints[0].data).toMatchObject({
      councilId: 'council-1',
      councilName: 'شورای اسلامی شهر راور',
      resolutionNumber: '123',
      resolutionDate: '2026-10-23',
      contact: '09123456789',
      contactKind: 'phone',
      file: { mimeType: 'application/pdf', size: PDF.length },
    });
    // the office may read the attachment with its token; another office may not
    const sha = (complaints[0].data.file as { sha256: string }).sha256;
    expect((await api.call('GET', `/v1/blobs/${sha}`, { token })).status).toBe(200);
    const other = (await api.enroll(await s.newOffice('0902'), 'client-b')).body.token;
    expect((await api.call('GET', `/v1/blobs/${sha}`, { token: other })).status).toBe(404);
    const theirs = await api.call<{ changes: { entity: string }[] }>('GET', '/v1/sync/pull', { token: other });
    expect(theirs.body.changes.filter((c) => c.entity === 'complaint')).toEqual([]);
  });

  it('refuses each bad field with its Persian reason, and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ officeId: 'no-such-office' }, COMPLAINT_MESSAGES.office],
      [{ councilId: 'council-2' }, COMPLAINT_MESSAGES.council],
      [{ councilId: '', councilName: '' }, COMPLAINT_MESSAGES.council],
      [{ resolutionNumber: '', resolutionText: '' }, COMPLAINT_MESSAGES.resolution],
      [{ resolutionDate: '۱۴۰۵/۱۳/۴۰' }, COMPLAINT_MESSAGES.date],
      [{ grounds: 'کوتاه' }, COMPLAINT_MESSAGES.groundsShort],
      [{ contact: '۱۲۳' }, COMPLAINT_MESSAGES.contact],
      [{ contact: 'someone@' }, COMPLAINT_MESSAGES.contact],
      [{ file: { name: 'x.exe', data: EXE.toString('base64') } }, COMPLAINT_MESSAGES.fileType],
      // a PDF's name does not make it one
      [{ file: { name: 'x.pdf', data: Buffer.from('<html>').toString('base64') } }, COMPLAINT_MESSAGES.fileType],
      [{ file: { name: 'x.pdf', data: '' } }, COMPLAINT_MESSAGES.fileEmpty],
    ];
    const [{ n: before }] = await s.db.read.query<{ n: number }>('SELECT count(*) AS n FROM complaint');
    for (const [over, message] of cases) {
      const r = await file({ ...valid(), ...over });
      expect(r.status, JSON.stringify(over).slice(0, 80)).toBe(400);
      expect(err(r)).toBe(message);
    }
    const big = Buffer.concat([PDF, Buffer.alloc(COMPLAINT_FILE_MAX)]);
    const r = await file({ ...valid(), file: { name: 'big.pdf', data: big.toString('base64') } });
    expect([400, 413]).toContain(r.status);
    const [{ n: after }] = await s.db.read.query<{ n: number }>('SELECT count(*) AS n FROM complaint');
    expect(Number(after)).toBe(Number(before));
    // an image is fine, and so is an email and a typed council
    const ok = await file({
      ...valid(),
      councilId: '',
      councilName: 'شورای بخش مرکزی',
      contact: 'Maryam@Example.ir',
      file: { name: 'عکس.png', data: PNG.toString('base64') },
    });
    expect(ok.status).toBe(200);
  });

  it('shows a complaint by its exact code only, and then the office’s answer', async () => {
    pass(2 * 60 * 60_000);
    const { trackingCode } = (await file(valid())).body;
    const r = await track(trackingCode.replace(/(\d{4})/g, '$1 '));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'received', answer: null, councilName: 'شورای اسلامی شهر راور' });
    expect(JSON.stringify(r.body)).not.toContain('09123456789');
    // one digit off, a prefix, a pattern: nothing
    const wrong = String((Number(trackingCode[15]) + 1) % 10);
    expect((await track(trackingCode.slice(0, 15) + wrong)).status).toBe(404);
    expect((await track(trackingCode.slice(0, 8))).status).toBe(400);
    expect((await track('%')).status).toBe(400);
    // no route lists complaints
    expect((await api.call('GET', '/public/api/complaints')).status).toBe(404);
    // the office pulls it and answers
    const pulled = await api.call<{ changes: { entity: string; id: string; data: { trackingCode: string } }[] }>(
      'GET',
      '/v1/sync/pull',
      { token },
    );
    const c = pulled.body.changes.find((x) => x.entity === 'complaint' && x.data.trackingCode === trackingCode)!;
    expect((await track(trackingCode)).body.status).toBe('delivered');
    const at = new Date(t).toISOString();
    const answer = {
      id: c.id,
      officeId: 'client-a',
      resolutionId: null,
      answer: 'مصوبه در جلسهٔ هیأت بررسی و به شورا اعتراض شد.',
      letterId: null,
      answeredBy: 'u-1',
      answeredByName: 'منشی',
      answeredAt: at,
      rev: 1,
      createdAt: at,
      updatedAt: at,
    };
    expect((await api.push(token, [change('complaint_answer', answer)])).body.rejected).toEqual([]);
    const seen = await track(trackingCode);
    expect(seen.body).toMatchObject({ status: 'answered', answer: { text: answer.answer } });
  });

  it('limits filing and tracking per address, wrong codes included', async () => {
    pass(2 * 60 * 60_000);
    let last = 0;
    for (let i = 0; i <= COMPLAINT_LIMITS.submit.limit && last !== 429; i++) last = (await file(valid())).status;
    expect(last).toBe(429);
    expect(err(await file(valid()))).toBe(COMPLAINT_LIMITS.submit.message);
    last = 0;
    for (let i = 0; i <= COMPLAINT_LIMITS.track.limit && last !== 429; i++)
      last = (await track('1234567812345678')).status;
    expect(last).toBe(429);
    pass(COMPLAINT_LIMITS.track.windowMs + 1000);
    expect((await track('1234567812345678')).status).toBe(404);
  });
});
