// What the office does while it is killed: registration, rulings (a session held and closed),
// letters issued, and sync, all at once over HTTP. Each write counts as acknowledged only when its
// response reached this client; that is what must survive every kill.
import { todayInTehran } from '../../shared/dates/jalali';
import { HostDown, type Client } from './client';
import { tinyPdf } from '../support/core';

/** The stage a resolution reached, as acknowledged: registered, sent to the panel, ruled. */
export type Stage = 1 | 2 | 3;

export interface Acked {
  resolutions: Map<string, { rev: number; stage: Stage; incoming: string }>;
  sessions: Set<string>;
  letters: Map<string, string>;
  /** resolutions a successful sync (pushed, nothing waiting) had sent to the server */
  onServer: Map<string, number>;
  writes: number;
}

export const emptyAcked = (): Acked => ({
  resolutions: new Map(),
  sessions: new Set(),
  letters: new Map(),
  onServer: new Map(),
  writes: 0,
});

export interface People {
  secretary: Client;
  members: Client[];
  memberIds: string[];
  councilId: string;
}

interface Res {
  id: string;
  rev: number;
  status: string;
}

let serial = 0;
/** sessions get their own minute of the day: registrations advance `serial` far past 720 */
let sessionSlot = 0;

function resolutionInput(councilId: string, incoming: string, attachments: unknown[] = []) {
  const today = todayInTehran(new Date());
  return {
    councilId,
    councilResolutionNumber: `${incoming}-c`,
    councilSessionNumber: '1',
    councilSessionDate: today,
    approvalDate: today,
    receiptDate: today,
    incomingNumber: incoming,
    title: `مصوبهٔ آزمون ${incoming}`,
    text: 'شورای اسلامی شهر مقرر می‌دارد عوارض پسماند به قبوض آب افزوده شود.',
    category: 'fees',
    attachments,
  };
}

async function register(p: People, acked: Acked, run: string, withScan: boolean): Promise<Res> {
  serial++;
  const incoming = `ch${run}x${serial}`;
  const attachments: unknown[] = [];
  if (withScan) {
    const pdf = tinyPdf(incoming);
    const blob = await p.secretary.must<{ sha256: string }>('attachments.upload', {
      name: `${incoming}.pdf`,
      dataBase64: pdf.toString('base64'),
    });
    attachments.push({ sha256: blob.sha256, name: `${incoming}.pdf` });
  }
  const r = await p.secretary.must<Res>('resolutions.register', resolutionInput(p.councilId, incoming, attachments));
  acked.resolutions.set(r.id, { rev: r.rev, stage: 1, incoming });
  acked.writes++;
  return r;
}

async function registrar(p: People, acked: Acked, run: string, rnd: () => number) {
  for (;;) await register(p, acked, run, rnd() < 0.3);
}

async function panel(p: People, acked: Acked, run: string) {
  const today = todayInTehran(new Date());
  for (;;) {
    const r = await register(p, acked, run, false);
    const sent = await p.secretary.must<Res>('review.sendToPanel', { resolutionId: r.id, rev: r.rev, reason: '' });
    acked.resolutions.set(r.id, { ...acked.resolutions.get(r.id)!, rev: sent.rev, stage: 2 });
    acked.writes++;
    type Detail = { session: { id: string; rev: number }; items: { id: string }[] };
    // one session per date and time is the office's rule: each attempt gets its own minute of the
    // day (a killed attempt may have committed its session, so a slot is never reused)
    const slot = sessionSlot++ % 1440;
    const time = `${String(Math.floor(slot / 60)).padStart(2, '0')}:${String(slot % 60).padStart(2, '0')}`;
    const s = await p.secretary.must<Detail>('sessions.schedule', { date: today, time, place: 'سالن جلسات' });
    const d = await p.secretary.must<Detail>('sessions.setAgenda', {
      id: s.session.id,
      rev: s.session.rev,
      resolutionIds: [r.id],
    });
    for (const m of p.members)
      await m.must('sessions.recordFinding', { itemId: d.items[0].id, finding: 'no_conflict' });
    await p.secretary.must('sessions.recordAttendance', { id: s.session.id, presentMemberIds: p.memberIds });
    await p.secretary.must('sessions.close', { id: s.session.id });
    acked.sessions.add(s.session.id);
    acked.resolutions.set(r.id, { ...acked.resolutions.get(r.id)!, stage: 3 });
    acked.writes++;
    const draft = await p.secretary.must<{ id: string; rev: number }>('letters.createDraft', {
      kind: 'compliance_notice',
      resolutionId: r.id,
    });
    const issued = await p.secretary.must<{ letter: { id: string; number: string } }>('letters.issue', {
      id: draft.id,
      rev: draft.rev,
    });
    acked.letters.set(issued.letter.id, issued.letter.number);
    acked.writes++;
  }
}

interface SyncStatus {
  running: boolean;
  lastSuccessAt: string | null;
  waitingTotal: number;
  rejected: unknown[];
}

async function syncer(p: People, acked: Acked) {
  for (;;) {
    // what was acknowledged before the run started is what a clean run must have pushed
    const before = new Map([...acked.resolutions].map(([id, a]) => [id, a.rev]));
    const started = new Date().toISOString();
    const r = await p.secretary.call<SyncStatus>('sync.now', {});
    if (!r.ok) throw new Error(`sync.now refused: ${r.error?.message}`);
    for (;;) {
      await new Promise((res) => setTimeout(res, 100));
      const s = await p.secretary.must<SyncStatus>('sync.status', {});
      if (s.running) continue;
      if (s.lastSuccessAt && s.lastSuccessAt >= started && s.rejected.length === 0) {
        for (const [id, rev] of before) if ((acked.onServer.get(id) ?? 0) < rev) acked.onServer.set(id, rev);
      }
      break;
    }
  }
}

/** Runs every stream until the host dies; resolves then (errors other than the host dying are thrown). */
export async function runWorkload(p: People, acked: Acked, run: string, rnd: () => number): Promise<void> {
  const streams = [registrar(p, acked, run, rnd), panel(p, acked, run), syncer(p, acked)];
  const results = await Promise.allSettled(streams);
  for (const r of results) {
    if (r.status === 'rejected' && !(r.reason instanceof HostDown)) throw r.reason;
  }
}
