// A national data set for the console's bench (issue 13, scale), written straight into a fresh
// PostgreSQL database by set-based SQL (generate_series), as an office's pushes would have left it
// in sync_record: 31 provinces, 430 counties with one panel office each, 1,000,000 resolutions
// received over five Jalali years (1401 to today) with their rulings, objection letters, council
// answers, board referrals and outgoing letters, weekly panel sessions with their attendance, and
// a share of members' findings and experts' opinions. Pseudo-random by the row number, so every
// run writes the same country.
import type pg from 'pg';
import { CATEGORY_CODES } from '../../shared/domain/categories';

export const PROVINCES = 31;
export const OFFICES = 430;
export const RESOLUTIONS = Number(process.env.BENCH_CONSOLE_RESOLUTIONS ?? 1_000_000);
/** 1401/01/01 */
export const FIRST_DAY = '2022-03-21';

/** One member's attendance at office o's session of week w (a ninth of them absent). */
const attendee = (m: number) =>
  `jsonb_build_object('sessionId', 's' || o || '-' || w, 'memberId', 'o' || lpad(o::text, 3, '0') || '-m${m}',
     'fullName', 'عضو ${m} هیأت ' || o, 'present', CASE WHEN (o + w + ${m}) % 9 = 0 THEN 0 ELSE 1 END,
     'title', 'عضو', 'isChair', ${m === 1 ? 1 : 0}, 'recordedAt', (date '${FIRST_DAY}' + w * 7)::text || 'T06:00:00.000Z')`;

/**
 * The console's indexes on sync_record (the expression indexes of migration 1764900000001 and the
 * receipt day's of 1765400000001), dropped for the load and built after it.
 */
const CONSOLE_INDEXES = [
  'sync_record_parent',
  'sync_record_receipt',
  'sync_record_session_day',
  'sync_record_finding_session',
  'sync_record_opinion_day',
  'sync_record_due',
  'sync_record_receipt_day',
];

/** One statement per step, each timed: the whole load is a few minutes on two cores. */
export async function generateCountry(c: pg.Client, today: string, log: (s: string) => void): Promise<void> {
  const now = new Date().toISOString();
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const t0 = performance.now();
    const r = await c.query(sql, params);
    log(`  ${what}: ${r.rowCount ?? 0} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  await c.query('SET synchronous_commit = off');
  await c.query("SET maintenance_work_mem = '256MB'");
  const indexes = (
    await c.query<{ indexname: string; indexdef: string }>(
      'SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY($1)',
      [CONSOLE_INDEXES],
    )
  ).rows;
  if (indexes.length !== CONSOLE_INDEXES.length) throw new Error('the console migrations’ indexes are missing');
  for (const name of CONSOLE_INDEXES) await c.query(`DROP INDEX ${name}`);
  await step(
    'provinces',
    `INSERT INTO province (id, name, created_at)
       SELECT 'p' || lpad(n::text, 2, '0'), 'استان ' || n, $1 FROM generate_series(1, ${PROVINCES}) n`,
    [now],
  );
  await step(
    'counties',
    `INSERT INTO county (id, province_id, name, created_at)
       SELECT 'c' || lpad(n::text, 3, '0'), 'p' || lpad(((n - 1) % ${PROVINCES} + 1)::text, 2, '0'), 'شهرستان ' || n, $1
         FROM generate_series(1, ${OFFICES}) n`,
    [now],
  );
  // one office in twenty has not synced for a month (the console lists it as stale)
  await step(
    'offices',
    `INSERT INTO office (id, code, name, county_id, client_office_id, enrolled_at, last_push_at, last_pull_at, created_at)
       SELECT 'o' || lpad(n::text, 3, '0'), 'N' || lpad(n::text, 3, '0'), 'دبیرخانهٔ شهرستان ' || n,
              'c' || lpad(n::text, 3, '0'), 'client-' || n, $1,
              CASE WHEN n % 20 = 0 THEN $2 ELSE $1 END, CASE WHEN n % 20 = 0 THEN $2 ELSE $1 END, $1
         FROM generate_series(1, ${OFFICES}) n`,
    [now, new Date(Date.now() - 30 * 86_400_000).toISOString()],
  );
  const record = (entity: string, id: string, office: string, doc: string, from: string, where = 'TRUE') =>
    `INSERT INTO sync_record (entity, id, office_id, rev, change_id, data, updated_at)
       SELECT '${entity}', ${id}, ${office}, 1, 'gen-' || ${id}, (${doc})::text, $1 FROM ${from} WHERE ${where}`;
  await step(
    'councils (3 per office)',
    record(
      'council',
      `'o' || lpad(o::text, 3, '0') || '-k' || k`,
      `'o' || lpad(o::text, 3, '0')`,
      `jsonb_build_object('id', 'o' || lpad(o::text, 3, '0') || '-k' || k, 'officeId', 'client-' || o,
         'kind', CASE WHEN k = 1 THEN 'city' ELSE 'village' END,
         'name', CASE WHEN k = 1 THEN 'شهر ' || o ELSE 'روستای ' || o || '-' || k END, 'rev', 1)`,
      `generate_series(1, ${OFFICES}) o, generate_series(1, 3) k`,
    ),
    [now],
  );
  // r: one row per resolution with its pseudo-random draws
  const days = Math.round((Date.parse(today) - Date.parse(FIRST_DAY)) / 86_400_000);
  await c.query(`CREATE TEMP TABLE gen AS
    SELECT i, 'o' || lpad((i % ${OFFICES} + 1)::text, 3, '0') AS office, (i % ${OFFICES} + 1)::int AS o,
           ((i * 7919 % 1000003) % 100)::int AS h,
           (date '${FIRST_DAY}' + ((i * 104729) % ${days + 1})::int) AS receipt
      FROM generate_series(1::bigint, ${RESOLUTIONS}) i`);
  await c.query(`ALTER TABLE gen ADD COLUMN status text, ADD COLUMN ruled date, ADD COLUMN outcome text`);
  await c.query(`UPDATE gen SET
      status = CASE WHEN receipt > date '${today}' - 20 THEN (CASE WHEN h < 30 THEN 'under_review' ELSE 'received' END)
                    WHEN h < 3 THEN 'enforceable_by_lapse' WHEN h < 13 THEN 'objected' ELSE 'compliant' END`);
  await c.query(`UPDATE gen SET outcome = status, ruled = receipt + (h % 18)
                  WHERE status IN ('objected', 'compliant')`);
  await c.query('CREATE INDEX ON gen (i)');
  await step(
    'resolutions',
    record(
      'resolution',
      `'r' || i`,
      'office',
      `jsonb_build_object('id', 'r' || i, 'officeId', 'client-' || o, 'councilId', office || '-k' || (i % 3 + 1),
         'councilResolutionNumber', (i % 900 + 1)::text, 'councilSessionNumber', (i % 90 + 1)::text,
         'councilSessionDate', (receipt - (h % 10) - 2)::text, 'approvalDate', (receipt - (h % 10))::text,
         'receiptDate', receipt::text, 'incomingNumber', 'و/' || i, 'incomingKey', 'w/' || i,
         'title', 'مصوبهٔ شمارهٔ ' || i || ' دربارهٔ عوارض و خدمات شهری',
         'category', ($2::text[])[(i % array_length($2::text[], 1) + 1)::int], 'status', status,
         'objectionDeadline', (receipt + 15)::text,
         'dueDate', CASE WHEN status IN ('received', 'under_review') THEN (receipt + 15)::text END,
         'dueKind', CASE WHEN status = 'under_review' THEN 'expert_opinion' WHEN status = 'received' THEN 'objection' END,
         'assignedExpertId', CASE WHEN status = 'under_review' THEN office || '-e' || (i % 3 + 1) END,
         'text', 'شورای اسلامی مقرر می‌دارد عوارض خدمات شهری مطابق جدول پیوست وصول شود.', 'rev', 1,
         'createdAt', receipt::text || 'T06:00:00.000Z', 'updatedAt', receipt::text || 'T06:00:00.000Z')`,
      'gen',
    ),
    [now, CATEGORY_CODES],
  );
  await step(
    'rulings',
    record(
      'ruling',
      `'g' || i`,
      'office',
      `jsonb_build_object('id', 'g' || i, 'resolutionId', 'r' || i, 'outcome', outcome, 'sessionId', NULL,
         'objectionGrounds', CASE WHEN outcome = 'objected' THEN '["conflicts_with_law"]' END, 'correctsId', NULL,
         'recordedBy', 'secretary', 'recordedAt', ruled::text || 'T07:00:00.000Z')`,
      'gen',
      'outcome IS NOT NULL',
    ),
    [now],
  );
  await step(
    'objection letters to councils',
    record(
      'council_letter',
      `'cl' || i`,
      'office',
      `jsonb_build_object('id', 'cl' || i, 'resolutionId', 'r' || i, 'kind', 'objection',
         'outgoingNumber', 'ص/' || i, 'letterDate', (ruled + 1)::text, 'councilReceivedDate', (ruled + 3)::text)`,
      'gen',
      `outcome = 'objected'`,
    ),
    [now],
  );
  await step(
    'councils’ answers',
    record(
      'council_answer',
      `'ca' || i`,
      'office',
      `jsonb_build_object('id', 'ca' || i, 'resolutionId', 'r' || i,
         'answer', (ARRAY['amend', 'repeal', 'insist'])[(i % 3 + 1)::int], 'answerDate', (ruled + 3 + (h % 14))::text)`,
      'gen',
      `outcome = 'objected' AND h % 2 = 0 AND ruled + 20 < date '${today}'`,
    ),
    [now],
  );
  await step(
    'board referrals',
    record(
      'board_referral',
      `'br' || i`,
      'office',
      `jsonb_build_object('id', 'br' || i, 'resolutionId', 'r' || i, 'boardName', 'هیأت حل اختلاف استان',
         'referralDate', (ruled + 25)::text, 'decision', CASE WHEN h % 4 = 0 THEN 'upheld' END,
         'decisionDate', CASE WHEN h % 4 = 0 THEN (ruled + 50)::text END)`,
      'gen',
      `outcome = 'objected' AND h % 2 = 0 AND i % 3 = 2 AND ruled + 60 < date '${today}'`,
    ),
    [now],
  );
  await step(
    'outgoing letters',
    record(
      'letter',
      `'l' || i`,
      'office',
      `jsonb_build_object('id', 'l' || i, 'resolutionId', 'r' || i, 'number', 'ص/' || i,
         'letterDate', (ruled + 1)::text, 'subject', 'اعلام اعتراض به مصوبهٔ شمارهٔ ' || i,
         'recipient', 'ریاست محترم شورای اسلامی', 'status', 'issued', 'body', '<p>متن نامه</p>')`,
      'gen',
      `outcome = 'objected'`,
    ),
    [now],
  );
  await step(
    'panel sessions (weekly, 5 members)',
    record(
      'panel_session',
      `'s' || o || '-' || w`,
      `'o' || lpad(o::text, 3, '0')`,
      `jsonb_build_object('id', 's' || o || '-' || w, 'officeId', 'client-' || o, 'year', 1401 + w / 52,
         'number', w, 'date', (date '${FIRST_DAY}' + w * 7)::text, 'status', 'closed',
         'attendance', jsonb_build_array(${[1, 2, 3, 4, 5].map(attendee).join(', ')}))`,
      `generate_series(1, ${OFFICES}) o, generate_series(0, ${Math.floor(days / 7)}) w`,
    ),
    [now],
  );
  // one resolution in ten has its members' findings, at the week's session after its receipt
  await step(
    'members’ findings (a tenth of the rulings, 5 each)',
    record(
      'session_finding',
      `'f' || i || '-' || m`,
      'office',
      `jsonb_build_object('id', 'f' || i || '-' || m, 'resolutionId', 'r' || i, 'memberId', office || '-m' || m,
         'sessionId', 's' || o || '-' || ((receipt - date '${FIRST_DAY}') / 7 + 1), 'itemId', 'it' || i,
         'finding', CASE WHEN (i + m) % 7 = 0 THEN 'conflict' ELSE 'no_conflict' END,
         'source', CASE WHEN m = 5 AND h % 5 = 0 THEN 'system' ELSE 'member' END,
         'recordedAt', (date '${FIRST_DAY}' + ((receipt - date '${FIRST_DAY}') / 7 + 1) * 7)::text || 'T08:00:00.000Z')`,
      'gen, generate_series(1, 5) m',
      `outcome IS NOT NULL AND i % 10 = 0`,
    ),
    [now],
  );
  await step(
    'experts’ opinions (a fifth of the rulings)',
    record(
      'expert_opinion',
      `'x' || i`,
      'office',
      `jsonb_build_object('id', 'x' || i, 'resolutionId', 'r' || i, 'expertId', office || '-e' || (i % 3 + 1),
         'status', 'submitted', 'conclusion', 'no_conflict', 'reasoning', 'مطابق قوانین است.',
         'submittedAt', (receipt + (h % 6) + 1)::text || 'T09:00:00.000Z')`,
      'gen',
      `outcome IS NOT NULL AND i % 5 = 1`,
    ),
    [now],
  );
  await c.query('DROP TABLE gen');
  for (const ix of indexes) await step(`index ${ix.indexname}`, ix.indexdef);
  const t0 = performance.now();
  await c.query('VACUUM ANALYZE sync_record');
  log(`  vacuum analyze: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
