// Legal dates travel as Gregorian `YYYY-MM-DD`; the pickers work with JS Dates. A picker's Date
// is a local-time midnight, so the conversion reads and writes local fields, never UTC ones
// (toISOString would move the day in Tehran, UTC+03:30).
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dateFromIso(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = ISO.exec(iso);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function isoFromDate(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
