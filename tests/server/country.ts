// A small generated country with known figures, pushed through the real sync API: two provinces,
// three counties, four offices (one never enrolled, one not synced for a month). The console's
// API tests and its e2e read these numbers back.
import { addCounty, addOffice, addProvince } from '../../src-server/admin/commands';
import type { ServerDb } from '../../src-server/db/database';
import { change, client, councilData, loadWireSamples, resolutionData, sessionData } from './wire';
import { ConsoleClient, cliAccount } from './consoleClient';

export const KERMAN = 'کرمان';
export const YAZD = 'یزد';

/** 1405 (2026-03-21 … 2027-03-20): what each office received and what became of it. */
export const EXPECTED = {
  country: { received: 9, ruled: 7, ruledInWindow: 6, lapsed: 1, pending: 1, objected: 2 },
  [KERMAN]: { received: 5, ruled: 3, ruledInWindow: 2, lapsed: 1, pending: 1, objected: 2 },
  [YAZD]: { received: 4, ruled: 4, ruledInWindow: 4, lapsed: 0, pending: 0, objected: 0 },
  bam: { received: 3, ruled: 2, objected: 1, pending: 1 },
  /** past their deadline now: the pending resolution of بم */
  overdue: 1,
  /**
   * بم's panel (people() below): three members at two closed sessions (m2 and m3 each missed one),
   * four personal findings (m1's on bam-2 after its deadline; m1 agrees with both rulings, m2
   * with neither) and m3 silent once. Experts: bam-1's opinion 4 days after its receipt, mbd-1's 7.
   */
  members: {
    bam: { members: 3, attended: 4, missed: 2, findings: 4, onTime: 3, late: 1, silent: 1, comparable: 4, agreed: 2 },
    [YAZD]: { members: 0, attended: 0, missed: 0, findings: 0 },
  },
  experts: {
    country: { experts: 2, submitted: 2, days: { count: 2, average: 5.5, median: 5.5 }, open: 0, overdue: 0 },
    [KERMAN]: { experts: 1, submitted: 1, days: { count: 1, average: 4, median: 4 } },
    [YAZD]: { experts: 1, submitted: 1, days: { count: 1, average: 7, median: 7 } },
  },
} as const;

const member = (sessionId: string, n: number, present: boolean, day: string) => ({
  sessionId,
  memberId: `bam-m${n}`,
  present: present ? 1 : 0,
  fullName: `عضو ${n}`,
  title: 'عضو هیأت',
  isChair: n === 1 ? 1 : 0,
  recordedAt: `${day}T06:00:00.000Z`,
});

const session = (id: string, number: number, day: string, present: boolean[]) => ({
  ...sessionData('client-0801', id),
  year: 1405,
  number,
  date: day,
  status: 'closed',
  closedAt: `${day}T09:00:00.000Z`,
  attendance: present.map((p, i) => member(id, i + 1, p, day)),
});

const finding = (
  sessionId: string,
  resolutionId: string,
  n: number,
  finding: 'no_conflict' | 'conflict',
  day: string,
  source: 'member' | 'system' = 'member',
) => ({
  id: `finding-${resolutionId}-${n}`,
  sessionId,
  itemId: `item-${resolutionId}`,
  resolutionId,
  memberId: `bam-m${n}`,
  finding,
  source,
  note: '',
  rev: 1,
  recordedAt: `${day}T07:00:00.000Z`,
});

const opinion = (resolutionId: string, expertId: string, day: string) => ({
  id: `opinion-${resolutionId}`,
  resolutionId,
  expertId,
  status: 'submitted',
  conclusion: 'no_conflict',
  reasoning: 'مغایرتی ندارد.',
  clauses: '[]',
  grounds: '[]',
  referenceIds: '[]',
  submittedAt: `${day}T06:00:00.000Z`,
  rev: 1,
  createdAt: `${day}T05:00:00.000Z`,
  updatedAt: `${day}T06:00:00.000Z`,
});

/** What each office's panel and experts did, pushed after its resolutions (EXPECTED.members, .experts). */
const people = (): Record<string, ReturnType<typeof change>[]> => ({
  '0801': [
    change('panel_session', session('ses-bam-1', 1, '2026-10-05', [true, true, false])),
    change('panel_session', session('ses-bam-2', 2, '2026-10-12', [true, false, true])),
    change('session_finding', finding('ses-bam-1', 'bam-1', 1, 'no_conflict', '2026-10-05')),
    change('session_finding', finding('ses-bam-1', 'bam-1', 2, 'conflict', '2026-10-05')),
    change('session_finding', finding('ses-bam-1', 'bam-1', 3, 'no_conflict', '2026-10-05', 'system')),
    // the objection window of bam-2 (received 2026-10-03) closed long before
    change('session_finding', finding('ses-bam-2', 'bam-2', 1, 'conflict', '2026-12-01')),
    change('session_finding', finding('ses-bam-2', 'bam-2', 2, 'no_conflict', '2026-10-12')),
    change('expert_opinion', opinion('bam-1', 'bam-expert', '2026-10-05')),
  ],
  '0901': [change('expert_opinion', opinion('mbd-1', 'mbd-expert', '2026-08-08'))],
});

interface Spec {
  id: string;
  receipt: string;
  status: string;
  ruling?: { outcome: 'compliant' | 'objected'; day: string };
  due?: string;
}

const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

const OFFICES: { code: string; province: string; county: string; specs: Spec[] }[] = [
  {
    code: '0801',
    province: KERMAN,
    county: 'بم',
    specs: [
      { id: 'bam-1', receipt: '2026-10-01', status: 'compliant', ruling: { outcome: 'compliant', day: '2026-10-08' } },
      { id: 'bam-2', receipt: '2026-10-03', status: 'objected', ruling: { outcome: 'objected', day: '2026-10-10' } },
      { id: 'bam-3', receipt: '2026-11-01', status: 'received', due: '2026-11-15' },
    ],
  },
  {
    code: '0802',
    province: KERMAN,
    county: KERMAN,
    specs: [
      { id: 'krm-1', receipt: '2026-09-01', status: 'enforceable_by_lapse' },
      // ruled after its window closed: ruled, but late
      { id: 'krm-2', receipt: '2026-09-02', status: 'objected', ruling: { outcome: 'objected', day: '2026-10-01' } },
    ],
  },
  {
    code: '0901',
    province: YAZD,
    county: 'میبد',
    specs: [1, 2, 3, 4].map((n) => ({
      id: `mbd-${n}`,
      receipt: `2026-08-0${n}`,
      status: 'compliant',
      ruling: { outcome: 'compliant' as const, day: `2026-08-1${n}` },
    })),
  },
];

function ruling(resolutionId: string, r: NonNullable<Spec['ruling']>) {
  return {
    id: `ruling-${resolutionId}`,
    resolutionId,
    outcome: r.outcome,
    sessionId: null,
    votes: null,
    objectionClause: r.outcome === 'objected' ? 'بند ۱' : null,
    objectionGrounds: r.outcome === 'objected' ? '["law"]' : null,
    objectionReferenceIds: null,
    objectionReasoning: r.outcome === 'objected' ? 'مغایر قانون' : null,
    correctsId: null,
    correctionReason: null,
    recordedBy: 'u-1',
    recordedByName: 'دبیر',
    recordedAt: `${r.day}T07:00:00.000Z`,
  };
}

export interface Country {
  /** office ids on the server, by code */
  offices: Record<string, string>;
}

/** Builds the country on a running server (its database and URL). */
export async function buildCountry(db: ServerDb, url: string): Promise<Country> {
  await loadWireSamples();
  const at = new Date().toISOString();
  const api = client(url);
  const { issueCode } = await import('../../src-server/admin/commands');
  for (const p of [KERMAN, YAZD]) await addProvince(db, p, at);
  for (const [p, c] of [
    [KERMAN, 'بم'],
    [KERMAN, KERMAN],
    [YAZD, 'میبد'],
  ])
    await addCounty(db, p, c, at);
  const offices: Record<string, string> = {};
  for (const o of OFFICES) {
    offices[o.code] = (
      await addOffice(db, { code: o.code, name: `دبیرخانه ${o.county}`, province: o.province, county: o.county }, at)
    ).id;
    const code = (await issueCode(db, o.code, 7, new Date())).code;
    const token = (await api.enroll(code, `client-${o.code}`)).body.token;
    const office = `client-${o.code}`;
    const council = `council-${o.code}`;
    const changes = [
      change('council', councilData(office, council, { name: o.county, county: o.county, province: o.province })),
    ];
    for (const s of o.specs) {
      changes.push(
        change(
          'resolution',
          resolutionData(office, council, s.id, {
            title: `مصوبهٔ ${s.id}`,
            incomingNumber: s.id,
            incomingKey: s.id,
            receiptDate: s.receipt,
            approvalDate: plus(s.receipt, -3),
            councilSessionDate: plus(s.receipt, -3),
            objectionDeadline: plus(s.receipt, 14),
            status: s.status,
            dueDate: s.due ?? null,
            dueKind: s.due ? 'objection' : null,
          }),
        ),
      );
      if (s.ruling) changes.push(change('ruling', ruling(s.id, s.ruling)));
    }
    const r = await api.push(token, changes);
    if (r.body.rejected?.length) throw new Error(`country push refused: ${JSON.stringify(r.body.rejected)}`);
    const theirs = people()[o.code];
    if (theirs) {
      const p = await api.push(token, theirs);
      if (p.body.rejected?.length) throw new Error(`country push refused: ${JSON.stringify(p.body.rejected)}`);
    }
  }
  // میبد last synced a month ago; a fourth office never enrolled
  await db.tx((tx) =>
    tx.query('UPDATE office SET last_push_at = $1, last_pull_at = NULL WHERE id = $2', [
      new Date(Date.now() - 30 * 86_400_000).toISOString(),
      offices['0901'],
    ]),
  );
  offices['0803'] = (
    await addOffice(db, { code: '0803', name: 'دبیرخانه بم ۲', province: KERMAN, county: 'بم' }, at)
  ).id;
  return { offices };
}

/** The country's four console accounts (ministry, two provinces, a county), signed in. */
export async function signInCountryAccounts(s: { url: string; dbUrl: string }): Promise<Record<string, ConsoleClient>> {
  const accounts = [
    ['minister', 'ministry', {}],
    ['kerman', 'province', { province: KERMAN }],
    ['yazd', 'province', { province: YAZD, role: 'viewer' }],
    ['bam', 'county', { province: KERMAN, county: 'بم', role: 'viewer' }],
  ] as const;
  const as: Record<string, ConsoleClient> = {};
  for (const [name, scope, opts] of accounts) {
    const pw = await cliAccount(s.dbUrl, name, scope, opts);
    as[name] = new ConsoleClient(s.url);
    const r = await as[name].signIn(name, pw);
    if (r.status !== 200) throw new Error(`${name} cannot sign in: ${r.status}`);
  }
  return as;
}

/** A citizen's complaint about an office's council, filed on the real public form; its tracking code. */
export async function fileComplaint(url: string, officeId: string): Promise<string> {
  const r = await client(url).call<{ trackingCode: string }>('POST', '/public/api/complaints', {
    json: {
      officeId,
      councilName: 'شورای اسلامی شهر',
      resolutionNumber: '12',
      resolutionText: 'عوارض پسماند',
      grounds: 'عوارض پسماند بدون آگهی عمومی و بدون تصویب در بودجه دو برابر شده است.',
      name: 'شهروند',
      contact: '09120000000',
    },
  });
  if (r.status !== 200) throw new Error(`complaint refused: ${JSON.stringify(r.body)}`);
  return r.body.trackingCode;
}
