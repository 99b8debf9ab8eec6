// The office's users, declared once (storage/table.ts): the row's type and the EntitySchema.
import { col, defineTable, type RowOf } from '../storage/table';

export const userTable = defineTable('app_user', {
  id: col.id(),
  officeId: col.text(),
  username: col.text(),
  fullName: col.text(),
  title: col.text(),
  role: col.text(),
  isChair: col.bool(),
  active: col.bool(),
  passwordHash: col.text(),
  failedAttempts: col.int(),
  lockedUntil: col.maybeText(),
  rev: col.int(),
  createdAt: col.text(),
  updatedAt: col.text(),
});
export type UserRow = RowOf<typeof userTable>;

/** A signed-in session: the hash of its token, never the token (sessions.ts). */
export const userSessionTable = defineTable('user_session', {
  tokenHash: col.id(),
  userId: col.text(),
  createdAt: col.text(),
  lastSeenAt: col.text(),
  /** how the session came: this computer, or the office network (and from where, with what) */
  via: col.text().withDefault(),
  remote: col.text().withDefault(),
  userAgent: col.text().withDefault(),
});

export const UserEntity = userTable.entity;

export const USER_TABLES = [userTable, userSessionTable];
