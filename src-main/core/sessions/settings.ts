// The office's session settings (the agenda's size, the quorum), kept in office_setting. These
// are the office's own choices (DOMAIN.md: "Members' roles, their number and the quorum are
// configurable per office"), unlike the deadline policy, which the ministry distributes.
import type { EntityManager } from 'typeorm';
import { DEFAULT_AGENDA_LIMIT, sessionSettingsInput, type SessionSettings } from '../../../shared/schemas/session';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { putSetting, readSetting } from '../storage/settings';

const KEY = 'sessions';
export const DEFAULT_SESSION_SETTINGS: SessionSettings = { agendaLimit: DEFAULT_AGENDA_LIMIT, quorum: null };

export async function sessionSettings(m: EntityManager): Promise<SessionSettings> {
  return (await readSetting(m, KEY, sessionSettingsInput)) ?? DEFAULT_SESSION_SETTINGS;
}

export async function updateSessionSettings(
  core: CoreContext,
  call: CallContext,
  next: SessionSettings,
): Promise<SessionSettings> {
  return core.db.write(async (tx) => {
    const before = await sessionSettings(tx);
    const now = core.clock().toISOString();
    await putSetting(tx, KEY, next, now);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'office_setting',
      entityId: KEY,
      action: 'update',
      before,
      after: next,
    });
    return next;
  });
}

/** Members present needed to rule: the office's number, else a majority of the active members. */
export function quorumRequired(settings: SessionSettings, activeMembers: number): number {
  return settings.quorum ?? Math.floor(activeMembers / 2) + 1;
}
