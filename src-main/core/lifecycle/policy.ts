// The deadline policy in force: the one the ministry last distributed (stored by sync), else the
// defaults shipped with the app. Parsed once per stored version.
import type { EntityManager } from 'typeorm';
import { DEFAULT_POLICY, deadlinePolicySchema, type DeadlinePolicy } from '../../../shared/deadlines/policy';
import { insertRow } from '../storage/table';
import { deadlinePolicyTable } from './entities';

let cached: { body: string; policy: DeadlinePolicy } | null = null;

export async function currentPolicy(m: EntityManager): Promise<DeadlinePolicy> {
  const rows: { body: string }[] = await m.query('SELECT body FROM deadline_policy WHERE id = 1');
  if (!rows.length) return DEFAULT_POLICY;
  if (cached?.body !== rows[0].body) {
    const parsed = deadlinePolicySchema.safeParse(JSON.parse(rows[0].body));
    // a stored policy that no longer parses must not stop the office: fall back to the defaults
    cached = { body: rows[0].body, policy: parsed.success ? parsed.data : DEFAULT_POLICY };
  }
  return cached.policy;
}

/** Installs a policy (from sync or an admin import); deadlines already fixed keep their values. */
export async function installPolicy(tx: EntityManager, policy: DeadlinePolicy, at: string): Promise<void> {
  await insertRow(
    tx,
    deadlinePolicyTable,
    { id: 1, version: policy.version, body: JSON.stringify(policy), installedAt: at },
    { onConflict: ['id'] },
  );
}
