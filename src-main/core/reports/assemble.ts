// The figures of the resolutions received in the period and of the objections' events, put
// together from the grouped rows of received.ts and objectionEvents.ts in the shapes and orders
// of the shared definitions (compliance.ts, outcomes.ts, councils.ts): the same report whether
// it is counted in SQL here or from one row per resolution there.
import { diffDays, type IsoDate } from '../../../shared/dates/jalali';
import {
  DEADLINE_BANDS,
  type ComplianceReport,
  type CouncilRow,
  type OutcomesReport,
} from '../../../shared/reports/schema';
import { daysStatOf, rate } from '../../../shared/reports/stats';
import type { EventRow } from './objectionEvents';
import type { Grouped } from './received';
import type { CouncilOf } from './sql';

const n = (v: number | null) => v ?? 0;
type Hist = { days: number; n: number }[];

interface Tally {
  sent: number;
  ruled: number;
  inWindow: number;
  lapsed: number;
  pending: number;
  compliant: number;
  objected: number;
  lateSending: number;
}
const ZERO: Tally = {
  sent: 0,
  ruled: 0,
  inWindow: 0,
  lapsed: 0,
  pending: 0,
  compliant: 0,
  objected: 0,
  lateSending: 0,
};
const add = (t: Tally, g: Grouped): Tally => ({
  sent: t.sent + n(g.n0),
  ruled: t.ruled + n(g.n1),
  inWindow: t.inWindow + n(g.n2),
  lapsed: t.lapsed + n(g.n3),
  pending: t.pending + n(g.n4),
  compliant: t.compliant + n(g.n5),
  objected: t.objected + n(g.n6),
  lateSending: t.lateSending + n(g.n7),
});

/** The rows of one arm, by kind. */
function arms<T extends { k: string }>(rows: readonly T[]) {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.k);
    if (list) list.push(r);
    else out.set(r.k, [r]);
  }
  return (k: string) => out.get(k) ?? [];
}

const unknownCouncil = (id: string): CouncilOf => ({ id, name: id, kind: '' });

function listed(g: Grouped, councils: Map<string, CouncilOf>) {
  const [title, incomingNumber, councilId, receiptDate, objectionDeadline] = JSON.parse(g.b as string) as [
    string | null,
    string | null,
    string,
    string,
    string | null,
  ];
  return {
    resolutionId: g.a as string,
    title: title ?? '',
    incomingNumber: incomingNumber ?? '',
    councilName: (councils.get(councilId) ?? unknownCouncil(councilId)).name,
    receiptDate,
    objectionDeadline,
  };
}

type Rated = { key: string; rate: number | null; ruled: number };
/** Highest objection rate first, then the most ruled, then by code (outcomes.ts). */
const byRateThenCount = (a: Rated, b: Rated) =>
  (b.rate ?? -1) - (a.rate ?? -1) || b.ruled - a.ruled || a.key.localeCompare(b.key);

function totals(rows: readonly Grouped[], key: (g: Grouped) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const g of rows) out.set(key(g), add(out.get(key(g)) ?? ZERO, g));
  return out;
}

const rated = (by: Map<string, Tally>) =>
  [...by]
    .map(([key, t]) => ({ key, ruled: t.compliant + t.objected, objected: t.objected, rate: 0 as number | null }))
    .map((r) => ({ ...r, rate: rate(r.objected, r.ruled) }))
    .sort(byRateThenCount);

export interface Assembled {
  compliance: ComplianceReport;
  outcomes: OutcomesReport;
  councils: CouncilRow[];
}

/** Persian order of names (councils.ts). */
const FA = new Intl.Collator('fa');

export function assemble(
  received: readonly Grouped[],
  events: readonly EventRow[],
  councils: Map<string, CouncilOf>,
  asOf: IsoDate,
): Assembled {
  const arm = arms(received);
  const ev = arms(events);
  const all = [...totals(arm('c'), () => '')].map(([, t]) => t)[0] ?? ZERO;
  const byCouncil = totals(arm('c'), (g) => g.a as string);
  const byCategory = totals(arm('c'), (g) => g.b as string);
  const hist = (rows: readonly { n0: number | null; n1: number | null }[]): Hist =>
    rows.map((r) => ({ days: n(r.n0), n: n(r.n1) }));
  const bands = new Map(arm('b').map((g) => [g.a, n(g.n0)]));
  const after = arm('o')[0];

  // councils' answers, per council and in all (objections.ts councilAnswers, councils.ts)
  const answers = { due: 0, inTime: 0, late: 0, missing: 0, waiting: 0 };
  const answersOf = new Map<string, EventRow>();
  for (const a of ev('A')) {
    answers.due += n(a.n0);
    answers.inTime += n(a.n1);
    answers.late += n(a.n2);
    answers.missing += n(a.n3);
    answers.waiting += n(a.n5);
    if (n(a.n0) + n(a.n1) + n(a.n2) + n(a.n3) > 0) answersOf.set(a.cid as string, a);
  }
  const b = ev('B')[0];

  const compliance: ComplianceReport = {
    received: all.sent,
    ruled: all.ruled,
    ruledInWindow: all.inWindow,
    ruledLate: all.ruled - all.inWindow,
    lapsed: all.lapsed,
    lapsedList: arm('L').map((g) => listed(g, councils)),
    pending: all.pending,
    pendingByBand: DEADLINE_BANDS.map((band) => ({ band, count: bands.get(band) ?? 0 })),
    pendingList: arm('P').map((g) => {
      const l = listed(g, councils);
      return { ...l, daysLeft: l.objectionDeadline === null ? null : diffDays(l.objectionDeadline, asOf) };
    }),
    daysToRuling: daysStatOf(hist(arm('r'))),
    councilAnswers: { ...answers, days: daysStatOf(hist(ev('a'))) },
    referrals: {
      referred: n(b?.n0 ?? null),
      decided: n(b?.n1 ?? null),
      inTime: n(b?.n2 ?? null),
      late: n(b?.n3 ?? null),
      overdue: n(b?.n4 ?? null),
      days: daysStatOf(hist(ev('b'))),
    },
  };

  const afterObjection = {
    amended: n(after?.n0 ?? null),
    withdrawn: n(after?.n1 ?? null),
    insisted: n(after?.n2 ?? null),
    awaitingAnswer: n(after?.n3 ?? null),
    referred: n(after?.n4 ?? null),
    upheld: n(after?.n5 ?? null),
    annulled: n(after?.n6 ?? null),
    awaitingBoard: n(after?.n4 ?? null) - n(after?.n5 ?? null) - n(after?.n6 ?? null),
  };
  const outcomes: OutcomesReport = {
    ruled: all.compliant + all.objected,
    compliant: all.compliant,
    objected: all.objected,
    lapsed: all.lapsed,
    afterObjection,
    objectionRate: rate(all.objected, all.compliant + all.objected),
    byCategory: rated(byCategory).map((r) => ({ category: r.key, ruled: r.ruled, objected: r.objected, rate: r.rate })),
    byCouncil: rated(byCouncil).map((r) => ({
      councilId: r.key,
      councilName: (councils.get(r.key) ?? unknownCouncil(r.key)).name,
      ruled: r.ruled,
      objected: r.objected,
      rate: r.rate,
    })),
    grounds: arm('g')
      .map((g) => ({ ground: g.a as string, count: n(g.n0) }))
      .sort((x, y) => y.count - x.count || x.ground.localeCompare(y.ground)),
  };

  const sending = new Map<string, Hist>();
  for (const s of arm('s')) sending.set(s.a as string, [...(sending.get(s.a as string) ?? []), ...hist([s])]);
  const categories = new Map<string, { category: string; count: number }[]>();
  for (const g of arm('c'))
    categories.set(g.a as string, [
      ...(categories.get(g.a as string) ?? []),
      { category: g.b as string, count: n(g.n0) },
    ]);
  const ids = [...byCouncil.keys(), ...[...answersOf.keys()].filter((id) => !byCouncil.has(id))];
  const councilRows = ids.map((id): CouncilRow => {
    const c = councils.get(id) ?? unknownCouncil(id);
    const t = byCouncil.get(id) ?? ZERO;
    const a = answersOf.get(id);
    const [due, inTime, late, missing, insisted] = [a?.n0, a?.n1, a?.n2, a?.n3, a?.n4].map((v) => n(v ?? null));
    return {
      councilId: id,
      councilName: c.name,
      councilKind: c.kind,
      sent: t.sent,
      sendingDays: daysStatOf(sending.get(id) ?? []),
      lateSending: t.lateSending,
      ruled: t.compliant + t.objected,
      objected: t.objected,
      objectionRate: rate(t.objected, t.compliant + t.objected),
      answersDue: due,
      answersInTime: inTime,
      answersLate: late,
      answersMissing: missing,
      insisted,
      insistenceRate: rate(insisted, inTime + late),
      categories: (categories.get(id) ?? []).sort((x, y) => y.count - x.count || x.category.localeCompare(y.category)),
    };
  });
  return {
    compliance,
    outcomes,
    councils: councilRows.sort((x, y) => y.sent - x.sent || FA.compare(x.councilName, y.councilName)),
  };
}
