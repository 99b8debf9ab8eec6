// Console passwords: scrypt, in the same stored form as the office app's (src-main/core/users),
// so the parameters travel with each hash and can be raised later. src-server may not import the
// office core, and shared/ may not use node:crypto, hence this short twin.
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

const N = 1 << 15;
const R = 8;
const P = 1;
const MAXMEM = 64 * 1024 * 1024;

export const MIN_PASSWORD = 10;

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, 32, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  const expected = Buffer.from(parts[5], 'base64');
  const key = await scrypt(password.normalize('NFC'), Buffer.from(parts[4], 'base64'), expected.length, {
    N: n,
    r,
    p,
    maxmem: MAXMEM,
  });
  return crypto.timingSafeEqual(key, expected);
}

let decoy: Promise<string> | null = null;
/** Checked against for an unknown name, so the time taken does not tell which names exist. */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(crypto.randomBytes(16).toString('hex'));
  return decoy;
}

/** A password for a new account, shown once (24 characters, no look-alikes). */
export function newPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return [...crypto.randomBytes(24)].map((b) => alphabet[b % alphabet.length]).join('');
}
