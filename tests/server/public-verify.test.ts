// The public letter check on both databases: by the QR code's text or by office code, number and
// date as printed; genuine, voided, altered or unknown; what the letter says; exact match only;
// and a limit per address, so the page cannot be used to list letters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJalali } from '../../shared/dates/jalali';
import { qrPayloadText } from '../../shared/letters/qr';
import { VERIFY_LIMIT } from '../../src-server/public/verify';
import { serverConfig } from '../../src-server/config';
import { startTestServer, type Dialect, type TestServer } from './support';
import { change, client, issuedLetter, loadWireSamples, officeData, sha } from './wire';

describe.each<Dialect>(['sqlite', 'postgres'])('public letter check on %s', (dialect) => {
  let s: TestServer;
  let api: ReturnType<typeof client>;
  let contentHash = '';
  const verify = (body: unknown) =>
    api.call<{ status: string; genuine: boolean; message: string; letter: { subject: string; body: string[] } | null }>(
      'POST',
      '/public/api/letters/verify',
      { json: body },
    );
  const jalali = formatJalali('2026-11-22', { digits: 'latin' });

  beforeAll(async () => {
    await loadWireSamples({ letters: true });
    s = await startTestServer(dialect);
    api = client(s.url);
    const token = (await api.enroll(await s.newOffice('0801'), 'client-a')).body.token;
    const pdf = Buffer.from('%PDF-1.4 letter');
    await api.call('PUT', `/v1/blobs/${sha(pdf)}`, { token, raw: pdf, type: 'application/octet-stream' });
    const letter = issuedLetter('0801', 'client-a', 'l-1', {
      pdfSha256: sha(pdf),
      subject: 'اعتراض به مصوبهٔ شمارهٔ ۱۲',
      body: '<p>مصوبهٔ <b>شمارهٔ ۱۲</b> مغایر قانون است.</p><script>alert(1)</script>',
    });
    contentHash = letter.contentHash;
    const r = await api.push(token, [
      change('office', officeData('client-a', { code: '0801' })),
      change('letter', letter),
    ]);
    expect(r.body.rejected).toEqual([]);
  });
  afterAll(() => s?.stop());

  it('answers genuine, with what the letter says, by QR text or by what is printed', async () => {
    const qr = qrPayloadText({ officeCode: '0801', number: '1405/ت/123', jalaliDate: jalali, contentHash });
    let r = await verify({ qr });
    expect(r.body).toMatchObject({ status: 'genuine', genuine: true, letter: { subject: 'اعتراض به مصوبهٔ شمارهٔ ۱۲' } });
    expect(r.body.letter!.body.join(' ')).toContain('مصوبهٔ شمارهٔ ۱۲ مغایر قانون است.');
    expect(JSON.stringify(r.body)).not.toContain('<b>');
    r = await verify({ office: '۰۸۰۱', number: '۱۴۰۵/ت/۱۲۳', date: '۱۴۰۵/۰۹/۰۱' });
    expect(r.body.status).toBe('genuine');
  });

  it('tells altered, unknown and unknown-office apart, and matches exactly only', async () => {
    const qr = qrPayloadText({
      officeCode: '0801',
      number: '1405/ت/123',
      jalaliDate: jalali,
      contentHash: 'd'.repeat(64),
    });
    expect((await verify({ qr })).body).toMatchObject({ status: 'altered', genuine: false, letter: null });
    expect((await verify({ office: '0801', number: '1405/ت/12', date: jalali })).body.status).toBe('not_found');
    expect((await verify({ office: '0801', number: '1405/ت/%', date: jalali })).body.status).toBe('not_found');
    expect((await verify({ office: '9999', number: '1405/ت/123', date: jalali })).body.status).toBe('unknown_office');
    expect((await verify({ qr: 'not a letter' })).status).toBe(400);
    expect((await verify({ office: '0801', number: '1', date: 'دیروز' })).status).toBe(400);
  });

  it('refuses an address that asks too often', async () => {
    const ask = () => verify({ office: '0801', number: '1405/ت/1', date: jalali });
    let last = 0;
    for (let i = 0; i < VERIFY_LIMIT + 1 && last !== 429; i++) last = (await ask()).status;
    expect(last).toBe(429);
    const r = await ask();
    expect(r.status).toBe(429);
    // with no trusted proxy configured, a forged X-Forwarded-For does not make a new client
    expect((await forwarded(s.url, '203.0.113.9')).status).toBe(429);
  });
});

const forwarded = (base: string, address: string) =>
  fetch(`${base}/public/api/letters/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ office: '0801', number: '1405/ت/1', date: '1405/09/01' }),
  });

describe('the letter check behind a trusted reverse proxy', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer('sqlite', { trustProxy: ['127.0.0.1'] });
  });
  afterAll(() => s?.stop());

  it('counts each client by the address the proxy forwards, not the whole country as the proxy', async () => {
    let last = 0;
    for (let i = 0; i < VERIFY_LIMIT + 1 && last !== 429; i++) last = (await forwarded(s.url, '198.51.100.7')).status;
    expect(last).toBe(429);
    expect((await forwarded(s.url, '198.51.100.8')).status).toBe(200);
    expect((await forwarded(s.url, '198.51.100.7')).status).toBe(429);
  });

  it('refuses a proxy setting that is not an address or a range', () => {
    expect(() => serverConfig({ 'trust-proxy': '10.0.0.5, 10.1.0.0/16' }, {}).trustProxy).not.toThrow();
    expect(serverConfig({}, { TATBIQ_SERVER_TRUST_PROXY: '::1' }).trustProxy).toEqual(['::1']);
    expect(serverConfig({}, {}).trustProxy).toBeUndefined();
    for (const bad of ['proxy.example', '10.0.0.0/33', '10.0.0.1/8/1', 'true'])
      expect(() => serverConfig({ 'trust-proxy': bad }, {})).toThrow(/invalid trusted proxy/);
  });
});
