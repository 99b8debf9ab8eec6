// One office setting (office_setting: a key and its JSON value). Each capability keeps its own
// keys; a value a newer version wrote that no longer parses reads as absent, so it never stops the app.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { officeSettingTable } from './entities';
import { insertRow } from './table';

export async function readSetting<T>(m: EntityManager, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const rows: { value: string }[] = await m.query('SELECT value FROM office_setting WHERE key = ?', [key]);
  if (!rows.length) return null;
  let value: unknown;
  try {
    value = JSON.parse(rows[0].value);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function putSetting(tx: EntityManager, key: string, value: unknown, at: string): Promise<void> {
  await insertRow(
    tx,
    officeSettingTable,
    { key, value: JSON.stringify(value), updatedAt: at },
    { onConflict: ['key'] },
  );
}
