import { createHash, randomBytes } from 'node:crypto';

/** A random 32-byte secret, URL-safe. */
export function secretToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * The stored form of a high-entropy secret (API key, session, login link): SHA-256 suffices because
 * the secret is 32 random bytes, so it cannot be guessed from its hash.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
