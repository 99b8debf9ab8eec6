import { openServerDb } from '../src-server/db/database';
import { overview } from '../src-server/console/monitor';
async function main() {
  const db = await openServerDb({ url: `postgres://postgres@127.0.0.1:5432/${process.argv[2]}` });
  const q = db.read.query.bind(db.read);
  (db.read as { query: unknown }).query = async (sql: string, params?: unknown[]) => {
    const t0 = performance.now();
    const r = await q(sql, params);
    const t = performance.now() - t0;
    if (t > 50) console.log('  ', Math.round(t), 'ms', r.length, 'rows', sql.replace(/\s+/g, ' ').slice(0, 140));
    return r;
  };
  const a = { id: 'x', username: 'x', scope: 'ministry', role: 'viewer', provinceId: null, countyId: null } as never;
  for (const unit of ['country', 'country', 'province:p03', 'county:c010']) {
    const t0 = performance.now();
    const o = await overview(db, a, { year: Number(process.argv[3] ?? 1404), unit }, new Date(), { minComputeMs: 1e9, maxAgeMs: 0 });
    console.log(unit, Math.round(performance.now() - t0), 'ms', o.totals.received, JSON.stringify(o).length, JSON.stringify(o.members.totals), JSON.stringify(o.experts.totals));
  }
  await db.close();
}
main();
