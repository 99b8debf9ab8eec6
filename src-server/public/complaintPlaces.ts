// What the public complaint form offers to pick from: the provinces, counties and offices the
// server knows, and one office's councils — the ones the office pushed (its own council list,
// sync_record) and, for an office that has not synced yet, the ministry's published councils of its
// county (reference_record). Names only; nothing about any complaint.
import { searchKey } from '../../shared/text/persian';
import type { ServerDb } from '../db/database';

export interface PlaceTree {
  provinces: { name: string; counties: { name: string; offices: { id: string; name: string }[] }[] }[];
}

export async function complaintPlaces(db: ServerDb): Promise<PlaceTree> {
  const rows = await db.read.query<{ id: string; name: string; county: string; province: string }>(
    `SELECT o.id, o.name, c.name AS county, p.name AS province
       FROM office o JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id
      ORDER BY p.name, c.name, o.name`,
  );
  const provinces: PlaceTree['provinces'] = [];
  for (const r of rows) {
    let p = provinces.find((x) => x.name === r.province);
    if (!p) provinces.push((p = { name: r.province, counties: [] }));
    let c = p.counties.find((x) => x.name === r.county);
    if (!c) p.counties.push((c = { name: r.county, offices: [] }));
    c.offices.push({ id: r.id, name: r.name });
  }
  return { provinces };
}

export interface PublicCouncil {
  id: string;
  name: string;
}

function parse(data: string): Record<string, unknown> {
  try {
    return JSON.parse(data) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The councils of an office: its own (active) first, then the ministry's of its county it lacks. */
export async function officeCouncils(db: ServerDb, officeId: string): Promise<PublicCouncil[]> {
  const [office] = await db.read.query<{ county: string; province: string }>(
    `SELECT c.name AS county, p.name AS province
       FROM office o JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id WHERE o.id = $1`,
    [officeId],
  );
  if (!office) return [];
  const own = await db.read.query<{ id: string; data: string }>(
    "SELECT id, data FROM sync_record WHERE office_id = $1 AND entity = 'council'",
    [officeId],
  );
  const ministry = await db.read.query<{ id: string; data: string }>(
    "SELECT id, data FROM reference_record WHERE entity = 'council' AND scope = $1",
    [`province:${office.province}`],
  );
  const out: PublicCouncil[] = [];
  const seen = new Set<string>();
  const add = (id: string, d: Record<string, unknown>) => {
    const name = typeof d.name === 'string' ? d.name : '';
    const active = d.active === 1 || d.active === true;
    if (!name || !active || seen.has(searchKey(name))) return;
    seen.add(searchKey(name));
    out.push({ id, name });
  };
  for (const r of own) add(r.id, parse(r.data));
  for (const r of ministry) {
    const d = parse(r.data);
    if (typeof d.county === 'string' && searchKey(d.county) === searchKey(office.county)) add(r.id, d);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'fa'));
}
