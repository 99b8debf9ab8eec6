// Who may act (DESIGN.md §1, §8). A user has one role; the panel's chair (the county governor,
// فرماندار) is a member with isChair set, since the chair votes like any member and signs letters.
// 'system' is not a role anyone signs in with: it is the actor of automatic transitions (the
// lapse check, tallying a session's findings into a ruling).
import { z } from 'zod';

export const ROLES = ['admin', 'secretary', 'expert', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES, { error: 'نقش کاربر نامعتبر است.' });

export const ACTORS = [...ROLES, 'system'] as const;
export type Actor = (typeof ACTORS)[number];
export const actorSchema = z.enum(ACTORS, { error: 'انجام‌دهنده نامعتبر است.' });

export const ROLE_LABELS: Readonly<Record<Actor, string>> = {
  admin: 'مدیر سامانه',
  secretary: 'دبیرخانه',
  expert: 'کارشناس مشورتی',
  member: 'عضو هیأت',
  viewer: 'ناظر',
  system: 'سامانه',
};

/** The chair is a member with a flag, not a role of its own. */
export interface RoleAssignment {
  role: Role;
  isChair?: boolean;
}

export function roleLabel(actor: string, isChair = false): string {
  if (actor === 'member' && isChair) return 'رئیس هیأت';
  return (ROLE_LABELS as Record<string, string>)[actor] ?? actor;
}

export function isActor(value: unknown): value is Actor {
  return typeof value === 'string' && (ACTORS as readonly string[]).includes(value);
}
