import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { PatronError } from '../errors/index.ts';
import { type Store, sql } from '../store/index.ts';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** `scrypt$N$r$p$salt$hash` with a fresh 16-byte salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Checks a password against a stored scrypt hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/** Sets (or replaces) the dashboard's admin password; at least 8 characters. */
export async function setAdminPassword(control: Store, password: string): Promise<void> {
  if (password.length < 8)
    throw new PatronError('weak_password', 'The admin password needs at least 8 characters.');
  const hash = await hashPassword(password);
  await control.run(sql`DELETE FROM admin_password`);
  await control.run(sql`INSERT INTO admin_password VALUES (1, ${hash}, now()::TIMESTAMP)`);
  // A new password ends every open session.
  await control.run(sql`DELETE FROM sessions`);
}

/** Whether an admin password has been set. */
export async function hasAdminPassword(control: Store): Promise<boolean> {
  return (await control.one(sql`SELECT 1 AS x FROM admin_password`)) !== undefined;
}

/** True when the password matches the stored admin password (false when none is set). */
export async function checkAdminPassword(control: Store, password: string): Promise<boolean> {
  const row = await control.one<{ password_hash: string }>(sql`SELECT password_hash FROM admin_password`);
  return row ? verifyPassword(password, row.password_hash) : false;
}
