// Secrets the server hands out: one-time enrollment codes (typed by a person) and bearer tokens
// (kept by the office's app). Only their SHA-256 is stored; both carry enough randomness that a
// fast hash is enough (nothing to brute-force, unlike a password).
import crypto from 'node:crypto';
import { SCOPES, type Scope } from '../../shared/sync/protocol';

export const hashSecret = (s: string): string => crypto.createHash('sha256').update(s).digest('hex');

// No 0/O, 1/I/L: a code read over the phone is typed right.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** «K7QM-2XWA-P9RT-HC4N»: 16 symbols of 31, about 79 bits. */
export function newEnrollmentCode(): string {
  const bytes = crypto.randomBytes(16);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What the office types, in any case, with or without dashes and spaces, as the stored form. */
export function canonicalCode(typed: string): string {
  const s = typed.toUpperCase().replace(/[\s-]/g, '');
  return s.length === 16 ? [0, 4, 8, 12].map((i) => s.slice(i, i + 4)).join('-') : s;
}

export function newToken(): string {
  return `tq1_${crypto.randomBytes(32).toString('base64url')}`;
}

export const ALL_SCOPES: readonly Scope[] = SCOPES;

export function parseScopes(s: string): Set<Scope> {
  return new Set(s.split(' ').filter((x): x is Scope => (SCOPES as readonly string[]).includes(x)));
}
