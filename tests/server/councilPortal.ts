// The council portal over real HTTP for tests: a council secretary's client (its own cookie and
// CSRF token on /council/api) and account, a submission's fields as the portal form sends them, and
// an office's sync through the fault proxy.
import { tinyPdf } from '../support/core';
import { rng } from '../fixtures/generate';
import { ConsoleClient, cliAccount, type Answer } from './consoleClient';
import { DEFAULT_FAULTS, startFaultProxy, type FaultPlan, type FaultProxy } from './proxy';
import { ADMIN_ACTOR, openOffice, startTestServer, type Dialect, type TestOffice, type TestServer } from './support';

export class CouncilClient extends ConsoleClient {
  override async signIn(username: string, password: string): Promise<Answer> {
    const r = await this.call<{ csrf: string }>('POST', '/council/api/session', { username, password });
    const set = r.headers.get('set-cookie');
    if (r.status === 200 && set) {
      this.cookie = set.split(';')[0];
      this.csrf = r.body.csrf;
    }
    return r as Answer;
  }
}

export function submissionInput(over: Record<string, unknown> = {}) {
  return {
    councilResolutionNumber: '۵۵/۱۲',
    councilSessionNumber: '۱۲',
    councilSessionDate: '2026-11-20',
    approvalDate: '2026-11-20',
    title: 'نرخ کرایهٔ تاکسی درون‌شهری',
    text: 'شورای اسلامی شهر کرمان نرخ کرایهٔ تاکسی را ده درصد افزایش داد.',
    category: 'fees',
    financial: null,
    pdfBase64: tinyPdf('minutes').toString('base64'),
    pdfName: 'صورتجلسه.pdf',
    ...over,
  };
}

/**
 * The council secretary of `councilId` (a council the office `officeCode` pushed), as a county's
 * admin made by the command line gives the account; signed in, with the password it was given.
 */
export async function councilSecretary(
  s: TestServer,
  officeCode: string,
  councilId: string,
  username: string,
  county = 'کرمان',
): Promise<{ client: CouncilClient; password: string }> {
  const [office] = await s.db.read.query<{ id: string }>('SELECT id FROM office WHERE code = $1', [officeCode]);
  const admin = new ConsoleClient(s.url);
  const adminName = `${username}.admin`;
  await admin.signIn(adminName, await cliAccount(s.dbUrl, adminName, 'county', { province: 'کرمان', county }));
  const made = await admin.post<{ password: string }>('/console/api/council-accounts', {
    officeId: office.id,
    councilId,
    username,
    fullName: `منشی ${username}`,
  });
  if (made.status !== 200) throw new Error(`council account ${username}: ${JSON.stringify(made.body)}`);
  const client = new CouncilClient(s.url);
  const r = await client.signIn(username, made.body.password);
  if (r.status !== 200) throw new Error(`council ${username} cannot sign in: ${r.status}`);
  return { client, password: made.body.password };
}

/** Syncs through the proxy's faults until two runs come through whole, then once more without them. */
export async function syncThroughFaults(
  engine: { run(): Promise<{ ok: boolean }> },
  proxy: FaultProxy,
  seed: number,
  faults: FaultPlan = { ...DEFAULT_FAULTS, dropBefore: 0.2, dropAfter: 0.2, cut: 0.15 },
): Promise<void> {
  proxy.setFaults(rng(seed), faults);
  let clean = 0;
  for (let run = 0; run < 40 && clean < 2; run++) if ((await engine.run()).ok) clean++;
  proxy.setFaults(null);
  const last = await engine.run();
  if (!last.ok) throw new Error(`the sync after the faults failed: ${JSON.stringify(last)}`);
}

export interface CouncilFaultWorld {
  s: TestServer;
  proxy: FaultProxy;
  /** the office, enrolled and syncing through the proxy, on the server's (real) clock */
  k: TestOffice;
  councilId: string;
  /** the council's secretary, on its own (good) connection */
  portal: CouncilClient;
}

/** A server, a fault proxy before it, one office syncing through the proxy, and its council's portal. */
export async function councilFaultWorld(dialect: Dialect, code: string, username: string): Promise<CouncilFaultWorld> {
  const s = await startTestServer(dialect);
  const proxy = await startFaultProxy(s.url);
  const enrollment = await s.newOffice(code, 'کرمان');
  const k = await openOffice(code, { county: 'کرمان' });
  // the office's day is the server's: receipt dates and the council's windows run on its clock
  k.t.now.value = new Date();
  const council = await k.t.call('councils.create', {
    name: 'کرمان',
    kind: 'city',
    county: 'کرمان',
    province: 'کرمان',
  });
  await k.engine.enroll(proxy.url, enrollment, ADMIN_ACTOR);
  if (!(await k.engine.run()).ok) throw new Error('the first sync failed');
  const portal = (await councilSecretary(s, code, council.id, username)).client;
  return { s, proxy, k, councilId: council.id, portal };
}
