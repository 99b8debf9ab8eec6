// A real core on a real SQLite file in a fresh temp folder, with a clock tests can move.
import { openCore, type Actor, type Core, type CoreOptions, type PdfRenderer } from '../../src-main/core';
import { silentLogger } from '../../src-main/core/logger';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import { OFFICE, PASSWORD, resolutionInput, tempDir } from './fixtures';

export { OFFICE, PASSWORD, resolutionInput, tempDir, tinyPdf } from './fixtures';

export interface Caller {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  fail(method: Method, input: unknown): Promise<ApiErrorBody>;
}

export interface TestCore extends Caller {
  core: Core;
  dir: string;
  now: { value: Date };
  /** who `call` and `fail` act as: a stand-in secretary until seedOffice signs real users in */
  actor: Actor;
  /** the same calls, as another user */
  as(actor: Actor): Caller;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export async function startCore(
  opts: { dir?: string; now?: string; jobs?: boolean; pdf?: PdfRenderer; backups?: CoreOptions['backups'] } = {},
): Promise<TestCore> {
  const dir = opts.dir ?? tempDir();
  const now = { value: new Date(opts.now ?? '2026-11-23T08:00:00Z') };
  const core = await openCore({
    dataDir: dir,
    mode: 'browser',
    clock: () => now.value,
    log: silentLogger(),
    lifecycleJobs: opts.jobs,
    pdf: opts.pdf,
    backups: opts.backups,
  });
  const as = (actor: () => Actor): Caller => ({
    async call(method, input) {
      const r = await core.dispatch(method, input, { actor: actor() });
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return r.data as never;
    },
    async fail(method, input) {
      const r = await core.dispatch(method, input, { actor: actor() });
      if (r.ok) throw new Error(`${method} was expected to fail but succeeded`);
      return r.error;
    },
  });
  const t: TestCore = {
    core,
    dir,
    now,
    actor: { id: 'test-secretary', name: 'دبیر آزمون', role: 'secretary' },
    ...as(() => t.actor),
    as: (actor) => as(() => actor),
    async count(table) {
      const [{ n }] = await core.context.db.read.query(`SELECT count(*) AS n FROM ${table}`);
      return n;
    },
    close: () => core.close(),
  };
  return t;
}

export interface People {
  admin: Actor;
  secretary: Actor;
  expert: Actor;
  expert2: Actor;
  chair: Actor;
  member1: Actor;
  member2: Actor;
  viewer: Actor;
}

function actorOf(u: Output<'users.create'>): Actor {
  return { id: u.id, name: u.fullName, role: u.role, isChair: u.isChair, username: u.username, title: u.title };
}

/** The office's people: one of each role and a panel of three (the chair and two members). */
export async function seedPeople(t: TestCore): Promise<People> {
  const admins = await t.as({ id: 'x', name: 'x', role: 'admin' }).call('users.list', { role: 'admin' });
  const admin = actorOf(admins[0]);
  const asAdmin = t.as(admin);
  const make = (username: string, fullName: string, role: Actor['role'] & string, extra: object = {}) =>
    asAdmin
      .call('users.create', { username, fullName, role: role as never, password: PASSWORD, ...extra })
      .then(actorOf);
  const [secretary, expert, expert2, chair, member1, member2, viewer] = await Promise.all([
    make('secretary', 'زهرا دبیری', 'secretary'),
    make('expert', 'علی کارشناس', 'expert'),
    make('expert2', 'مریم حقوقی', 'expert'),
    make('chair', 'محمد فرماندار', 'member', { isChair: true, title: 'فرماندار و رئیس هیأت تطبیق' }),
    make('member1', 'حسن قاضی', 'member', { title: 'رئیس دادگستری' }),
    make('member2', 'رضا نماینده', 'member', { title: 'عضو هیأت' }),
    make('viewer', 'ناظر استان', 'viewer'),
  ]);
  t.actor = secretary;
  return { admin, secretary, expert, expert2, chair, member1, member2, viewer };
}

/** The office, its people (the secretary then acts), and two councils. */
export async function seedOffice(t: TestCore) {
  await t.call('office.setup', OFFICE);
  const people = await seedPeople(t);
  const kerman = await t.call('councils.create', { name: 'کرمان', kind: 'city', county: 'کرمان', province: 'کرمان' });
  const village = await t.call('councils.create', {
    name: 'اختیارآباد',
    kind: 'village',
    county: 'کرمان',
    province: 'کرمان',
  });
  return { kerman, village, people };
}

/** A fresh core with the office seeded, as a lifecycle test starts: `councilId` is Kerman's. */
export async function startSeededCore() {
  const t = await startCore();
  const { kerman, village, people } = await seedOffice(t);
  return { t, people, councilId: kerman.id, villageId: village.id };
}

/**
 * On a fresh core: the office seeded, two resolutions sent to the panel (each registered with
 * `input(n)` on top of Kerman's) and a session on 25 Azar at `place` with both on its agenda.
 */
export async function seedAgenda(t: TestCore, input: (n: number) => Record<string, unknown>, place: string) {
  const seeded = await seedOffice(t);
  const resolutions = [];
  for (const n of [1, 2]) {
    const r = await t.call('resolutions.register', resolutionInput(seeded.kerman.id, input(n)));
    resolutions.push(await t.call('review.sendToPanel', { resolutionId: r.id, rev: r.rev }));
  }
  const s = await t.call('sessions.schedule', { date: '2026-11-25', time: '10:00', place });
  const detail = await t.call('sessions.setAgenda', {
    id: s.session.id,
    rev: s.session.rev,
    resolutionIds: resolutions.map((r) => r.id),
  });
  return { ...seeded, resolutions, session: detail.session, items: detail.items };
}

/**
 * An office's data folder for the members' end-to-end tests: seedAgenda (each resolution with
 * `over(n)` on top of its registration). The core is closed again, so the built app can open the
 * folder.
 */
export async function officeWithAgenda(
  dir: string,
  now: string,
  over: (n: number) => Record<string, unknown> = () => ({}),
): Promise<{ sessionId: string; resolutionIds: string[] }> {
  const t = await startCore({ dir, now, jobs: false });
  const { session, resolutions } = await seedAgenda(
    t,
    (n) => ({ councilResolutionNumber: `${n}/۹`, incomingNumber: `۱۴۰۵/ع/${n}`, ...over(n) }),
    'سالن جلسات فرمانداری',
  );
  await t.close();
  return { sessionId: session.id, resolutionIds: resolutions.map((r) => r.id) };
}

/** A free letter's draft to the Kerman council, complete enough to issue; `over` changes its text. */
export async function freeLetterDraft(
  t: Caller,
  subject: string,
  over: { recipient?: string; salutation?: string; body?: string; attachments?: string } = {},
) {
  const d = await t.call('letters.createDraft', { kind: 'free' });
  return t.call('letters.updateDraft', {
    id: d.id,
    rev: d.rev,
    recipient: 'ریاست محترم شورای اسلامی شهر کرمان',
    subject,
    salutation: 'با سلام و احترام',
    body: `<p>متن نامهٔ ${subject}</p>`,
    closing: '',
    attachments: '',
    copies: [],
    ...over,
  });
}
