import { EntitySchema } from 'typeorm';

export interface UserRow {
  id: string;
  officeId: string;
  username: string;
  fullName: string;
  title: string;
  role: string;
  isChair: boolean;
  active: boolean;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

const text = (name: string) => ({ type: 'text' as const, name });

export const UserEntity = new EntitySchema<UserRow>({
  name: 'app_user',
  tableName: 'app_user',
  columns: {
    id: { type: 'text', primary: true },
    officeId: text('office_id'),
    username: text('username'),
    fullName: text('full_name'),
    title: text('title'),
    role: text('role'),
    isChair: { type: 'boolean', name: 'is_chair' },
    active: { type: 'boolean', name: 'active' },
    passwordHash: text('password_hash'),
    failedAttempts: { type: 'integer', name: 'failed_attempts' },
    lockedUntil: { type: 'text', name: 'locked_until', nullable: true },
    rev: { type: 'integer', name: 'rev' },
    createdAt: text('created_at'),
    updatedAt: text('updated_at'),
  },
});
