// The values of a template's fields for one letter, read from the office, the council, the
// resolution, its ruling and what followed it, or a panel session (shared/letters/fields.ts
// names them). Numbers and dates in Persian digits, as the letter prints them.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { formatJalali, todayInTehran } from '../../../shared/dates/jalali';
import { councilAnswerDeadline } from '../../../shared/deadlines/calculator';
import { councilDisplayName } from '../../../shared/domain/councils';
import { defaultBoardLevel, defaultBoardName } from '../../../shared/domain/disputeBoards';
import { citationText, legalReferenceText } from '../../../shared/domain/legalReferences';
import { objectionGroundLabel } from '../../../shared/domain/objectionGrounds';
import { escapeHtml } from '../../../shared/letters/html';
import type { FieldValue, FieldValues } from '../../../shared/letters/fields';
import { KIND_SUBJECT, type LetterKind } from '../../../shared/letters/kinds';
import { outcomeLabel, sessionTitle } from '../../../shared/schemas/session';
import { toPersianDigits } from '../../../shared/text/persian';
import type { CoreContext } from '../context';
import { requireOffice } from '../office/service';
import { currentPolicy } from '../lifecycle/policy';
import { currentRuling } from '../rulings/checks';
import { sessionMinutes } from '../sessions/read';
import { letterhead } from './settings';
import { letterWords as w } from './texts';
import { letterMessages } from './messages';

export interface LetterSubject {
  resolutionId?: string | null;
  sessionId?: string | null;
  councilId?: string | null;
}

interface CouncilFacts {
  id: string;
  kind: string;
  name: string;
  county: string;
  province: string;
}

const fa = (s: string | number) => toPersianDigits(s);
const date = (iso: string | null | undefined) => (iso ? formatJalali(iso) : '');
const t = (text: string): FieldValue => ({ text });
/** A number that must not break across lines at its slashes («۱۴۰۵/ت/۱۰۱», «۱۲۳/۴۵»). */
const num = (s: string): FieldValue => ({ text: fa(s), html: `<nobr>${escapeHtml(fa(s))}</nobr>` });

function councilValues(c: CouncilFacts): Record<string, FieldValue> {
  const rural = c.kind === 'village' || c.kind === 'district';
  return {
    'council.name': t(councilDisplayName(c)),
    'council.place': t(c.name),
    'council.head': t(w.councilHeads[c.kind] ?? w.defaultHead),
    'council.affairsOffice': t(w.affairsOffice(rural)),
  };
}

async function councilById(m: EntityManager, id: string): Promise<CouncilFacts | null> {
  const rows: CouncilFacts[] = await m.query('SELECT id, kind, name, county, province FROM council WHERE id = ?', [id]);
  return rows[0] ?? null;
}

async function rulingSession(m: EntityManager, sessionId: string | null, recordedAt: string): Promise<string> {
  if (sessionId) {
    const rows: { number: number; year: number; date: string }[] = await m.query(
      'SELECT number, year, date FROM panel_session WHERE id = ?',
      [sessionId],
    );
    if (rows[0]) return w.sessionOn(sessionTitle(rows[0]), date(rows[0].date));
  }
  return w.sessionOnDate(date(todayInTehran(new Date(recordedAt))));
}

async function resolutionValues(core: CoreContext, m: EntityManager, resolutionId: string) {
  const rows: {
    councilId: string;
    number: string;
    title: string;
    sessionNumber: string;
    sessionDate: string;
    approvalDate: string;
    receiptDate: string;
    incomingNumber: string;
    text: string | null;
  }[] = await m.query(
    `SELECT r.council_id AS councilId, r.council_resolution_number AS number, r.title,
            r.council_session_number AS sessionNumber, r.council_session_date AS sessionDate,
            r.approval_date AS approvalDate, r.receipt_date AS receiptDate, r.incoming_number AS incomingNumber,
            b.text
       FROM resolution r LEFT JOIN resolution_body b ON b.resolution_id = r.id WHERE r.id = ?`,
    [resolutionId],
  );
  const r = rows[0];
  if (!r) throw new AppError('not_found', letterMessages.resolutionNotFound);
  const council = await councilById(m, r.councilId);
  const out: Record<string, FieldValue> = {
    'resolution.number': num(r.number),
    'resolution.title': t(r.title),
    'resolution.sessionNumber': t(fa(r.sessionNumber)),
    'resolution.sessionDate': t(date(r.sessionDate)),
    'resolution.approvalDate': t(date(r.approvalDate)),
    'resolution.receiptDate': t(date(r.receiptDate)),
    'resolution.incomingNumber': num(r.incomingNumber),
    'resolution.text': t(r.text ?? ''),
    ...(council ? councilValues(council) : {}),
  };

  const policy = await currentPolicy(m);
  out['objection.answerDays'] = t(fa(policy.councilReconsiderDays));
  const ruling = await currentRuling(m, resolutionId);
  if (ruling) {
    out['ruling.date'] = t(date(todayInTehran(new Date(ruling.recordedAt))));
    out['ruling.session'] = t(await rulingSession(m, ruling.sessionId, ruling.recordedAt));
    if (ruling.objection) {
      const o = ruling.objection;
      const refs: { law: string; article: string; note: string }[] = o.referenceIds.length
        ? await m.query(
            `SELECT law, article, note FROM legal_reference WHERE id IN (${o.referenceIds.map(() => '?').join(',')})`,
            o.referenceIds,
          )
        : [];
      out['ruling.clause'] = t(o.clause);
      out['ruling.grounds'] = t(o.grounds.map(objectionGroundLabel).join(w.reasons));
      // the catalog's entries, then the citations the panel wrote out
      const cited = [...refs.map(legalReferenceText), ...o.citations.map(citationText)];
      out['ruling.references'] = t(cited.map(fa).join(w.reasons));
      out['ruling.reasoning'] = t(o.reasoning);
    }
  }

  const letters: { number: string; date: string; received: string | null }[] = await m.query(
    `SELECT outgoing_number AS number, letter_date AS date, council_received_date AS received
       FROM council_letter WHERE resolution_id = ? AND kind = 'objection'`,
    [resolutionId],
  );
  if (letters[0]) {
    const l = letters[0];
    out['objection.letterNumber'] = num(l.number);
    out['objection.letterDate'] = t(date(l.date));
    out['objection.receivedDate'] = t(date(l.received));
    out['objection.answerDeadline'] = t(l.received ? date(councilAnswerDeadline(l.received, policy)) : '');
  }
  const answers: { answer: string; date: string; number: string }[] = await m.query(
    `SELECT answer, answer_date AS date, answer_number AS number FROM council_answer WHERE resolution_id = ?`,
    [resolutionId],
  );
  const a = answers[0];
  const letterRef = a?.number ? w.answeredByLetter(fa(a.number), date(a.date)) : w.answeredOn(date(a?.date));
  out['answer.summary'] = t(
    a?.answer === 'insist'
      ? w.councilInsists(councilDisplayName(council ?? { kind: 'city', name: '' }), letterRef)
      : letters[0]?.received
        ? w.councilSilent(councilDisplayName(council ?? { kind: 'city', name: '' }))
        : '',
  );
  const referral: { name: string }[] = await m.query(
    `SELECT board_name AS name FROM board_referral WHERE resolution_id = ? ORDER BY created_at DESC LIMIT 1`,
    [resolutionId],
  );
  out['board.name'] = t(referral[0]?.name ?? (council ? defaultBoardName(defaultBoardLevel(council), council) : ''));
  return { values: out, councilId: r.councilId };
}

async function sessionValues(core: CoreContext, sessionId: string): Promise<Record<string, FieldValue>> {
  const mins = await sessionMinutes(core, sessionId);
  const present = mins.attendance.filter((x) => x.present !== false);
  const absent = mins.attendance.filter((x) => x.present === false);
  const who = (x: { fullName: string; title: string }) => (x.title ? `${x.fullName} — ${x.title}` : x.fullName);
  const place = (name: string) => name.replace(w.councilPrefix, '');
  const rows = mins.items
    .map(
      (i) =>
        `<tr><td>${fa(i.position)}</td><td>${escapeHtml(place(i.councilDisplayName))}</td>` +
        `<td>${escapeHtml(fa(i.councilResolutionNumber))}</td><td>${escapeHtml(i.title)}</td>` +
        `<td>${i.outcome ? outcomeLabel(i.outcome) : w.carriedOver}</td>` +
        `<td>${w.itemVotes(fa(i.tally.conflict + i.tally.partial), fa(i.tally.noConflict + i.tally.systemNoConflict))}</td></tr>`,
    )
    .join('');
  const s = mins.summary;
  return {
    'session.title': t(sessionTitle(mins.session)),
    'session.date': t(date(mins.session.date)),
    'session.time': t(fa(mins.session.time)),
    'session.place': t(mins.session.place),
    'session.summary': t(
      w.minutesSummary(
        fa(mins.items.length),
        fa(s.compliant),
        fa(s.objected),
        s.carriedOver ? fa(s.carriedOver) : null,
      ),
    ),
    'session.attendance': {
      text: present.map(who).join(w.list),
      html: `<ul>${present.map((x) => `<li>${escapeHtml(who(x))}</li>`).join('')}</ul>`,
    },
    'session.absent': t(absent.length ? absent.map(who).join(w.list) : w.none),
    'session.items': {
      text: mins.items.map((i) => i.title).join(w.list),
      html: w.itemsTable(rows),
    },
    'session.signatures': {
      text: present.map(who).join(w.list),
      html: `<table><tbody>${present
        .map((x) => `<tr><td>${escapeHtml(who(x))}</td><td>${w.signHere}</td></tr>`)
        .join('')}</tbody></table>`,
    },
  };
}

/** Every field value for a letter of `kind` about `subject`, and the council it is addressed to. */
export async function fieldValues(
  core: CoreContext,
  m: EntityManager,
  kind: LetterKind,
  subject: LetterSubject,
): Promise<{ values: FieldValues; councilId: string | null }> {
  const office = await requireOffice(m);
  const head = await letterhead(m);
  const values: Record<string, FieldValue> = {
    'office.name': t(office.name),
    'office.organisation': t(office.organisation),
    'office.ministry': t(office.ministry),
    'office.county': t(office.county),
    'office.province': t(office.province),
    today: t(date(todayInTehran(core.clock()))),
    'signatory.name': t(head.signatoryName),
    'signatory.title': t(head.signatoryTitle),
  };
  let councilId: string | null = null;
  const about = KIND_SUBJECT[kind];
  if (about === 'resolution' || (about === 'council' && subject.resolutionId)) {
    if (!subject.resolutionId) throw new AppError('validation', letterMessages.chooseResolution);
    const r = await resolutionValues(core, m, subject.resolutionId);
    Object.assign(values, r.values);
    councilId = r.councilId;
  } else if (about === 'council') {
    if (!subject.councilId) throw new AppError('validation', letterMessages.chooseCouncil);
    const c = await councilById(m, subject.councilId);
    if (!c) throw new AppError('not_found', letterMessages.councilNotFound);
    Object.assign(values, councilValues(c));
    councilId = c.id;
  } else if (about === 'session') {
    if (!subject.sessionId) throw new AppError('validation', letterMessages.chooseSession);
    Object.assign(values, await sessionValues(core, subject.sessionId));
  }
  return { values, councilId };
}
