// Drill-down (issue 13 item 3): one resolution's timeline and letters (an office's register is
// officeRegister.ts), from what the office pushed. It goes through `officeIn`: an office outside the
// account's scope is not found, whatever id the request names.
import { z } from 'zod';
import { statusLabel } from '../../shared/domain/statuses';
import { dueKindLabel } from '../../shared/lifecycle/due';
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';
import type { ConsoleAccount } from './accounts';
import { CHILD_ENTITIES, field, tehranDay } from './facts';
import { officeIn } from './scope';
import { CONSOLE_MESSAGES as M } from './messages';
import { htmlText } from '../public/verify';

export interface TimelineEvent {
  /** the day it happened (Tehran), for ordering and display */
  date: string;
  kind: string;
  label: string;
  detail: string;
}

const ENTITY_LABELS: Record<string, string> = {
  ruling: 'رأی هیأت',
  council_letter: 'ابلاغ به شورا',
  council_answer: 'پاسخ شورا',
  board_referral: 'ارجاع به هیأت حل اختلاف',
  court_ruling: 'رأی دیوان عدالت اداری',
  expert_opinion: 'نظر کارشناسی',
  registration_correction: 'اصلاح ثبت',
};

const idPattern = z.string().regex(/^[0-9A-Za-z_.:-]{1,64}$/);

export async function resolutionTimeline(db: ServerDb, a: ConsoleAccount, officeId: string, resolutionId: string) {
  const office = await officeIn(db.read, a, officeId);
  if (!idPattern.safeParse(resolutionId).success) throw new HttpError(404, 'not_found', M.notFound);
  const [res] = await db.read.query<{ data: string }>(
    "SELECT data FROM sync_record WHERE office_id = $1 AND entity = 'resolution' AND id = $2",
    [office.id, resolutionId],
  );
  if (!res) throw new HttpError(404, 'not_found', M.notFound);
  const r = JSON.parse(res.data) as Record<string, unknown>;
  const kids = await db.read.query<{ entity: string; data: string }>(
    `SELECT entity, data FROM sync_record x WHERE office_id = $1 AND ${field(db.dialect, 'x', 'resolutionId')} = $2
       AND entity IN ('${[...CHILD_ENTITIES, 'court_ruling', 'expert_opinion', 'registration_correction', 'letter'].join("', '")}')`,
    [office.id, resolutionId],
  );
  const events: TimelineEvent[] = [
    {
      date: String(r.receiptDate),
      kind: 'received',
      label: 'وصول مصوبه',
      detail: `شمارهٔ وارده ${String(r.incomingNumber)}`,
    },
  ];
  const letters = [];
  for (const k of kids) {
    const d = JSON.parse(k.data) as Record<string, unknown>;
    const s = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
    if (k.entity === 'letter') {
      letters.push({
        id: s('id'),
        number: s('number'),
        date: s('letterDate'),
        subject: s('subject'),
        recipient: s('recipient'),
        status: s('status'),
        body: htmlText(s('body')),
      });
      continue;
    }
    const date =
      s('referralDate') ||
      s('answerDate') ||
      s('letterDate') ||
      s('rulingDate') ||
      (s('recordedAt') || s('submittedAt') || s('createdAt')
        ? tehranDay(s('recordedAt') || s('submittedAt') || s('createdAt'))
        : '');
    const detail =
      k.entity === 'ruling'
        ? s('outcome') === 'objected'
          ? 'اعتراض'
          : 'عدم مغایرت'
        : k.entity === 'council_answer'
          ? (({ amend: 'اصلاح', repeal: 'لغو', insist: 'اصرار' } as Record<string, string>)[s('answer')] ?? s('answer'))
          : k.entity === 'board_referral'
            ? s('decision')
              ? `${s('boardName')}: ${s('decision') === 'upheld' ? 'تأیید اعتراض' : 'رد اعتراض'}`
              : s('boardName')
            : k.entity === 'council_letter'
              ? `نامهٔ ${s('outgoingNumber')}`
              : s('note') || s('reason') || '';
    events.push({ date, kind: k.entity, label: ENTITY_LABELS[k.entity] ?? k.entity, detail });
  }
  events.sort((x, y) => x.date.localeCompare(y.date));
  return {
    office,
    resolution: {
      id: String(r.id),
      title: String(r.title),
      incomingNumber: String(r.incomingNumber),
      receiptDate: String(r.receiptDate),
      approvalDate: String(r.approvalDate),
      status: String(r.status),
      statusLabel: statusLabel(String(r.status)),
      objectionDeadline: (r.objectionDeadline as string | null) ?? null,
      dueDate: (r.dueDate as string | null) ?? null,
      dueLabel: r.dueKind ? dueKindLabel(String(r.dueKind)) : null,
      text: String(r.text ?? ''),
    },
    events,
    letters: letters.sort((x, y) => x.date.localeCompare(y.date)),
  };
}
