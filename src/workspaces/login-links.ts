import { type Store, sql } from '../store/index.ts';
import { hashToken, secretToken } from './secret-token.ts';

/** Creates a one-time login link token valid for 24 hours (demo mode prints it). */
export async function createLoginLink(control: Store): Promise<string> {
  const token = secretToken();
  await control.run(sql`INSERT INTO login_links VALUES (${hashToken(token)}, now()::TIMESTAMP,
    now()::TIMESTAMP + INTERVAL 24 HOUR, NULL)`);
  return token;
}

/** Uses a login link: true once for a valid, unexpired token, false every time after. */
export async function consumeLoginLink(control: Store, token: string): Promise<boolean> {
  const used = await control.all(sql`UPDATE login_links SET used_at = now()::TIMESTAMP
    WHERE token_hash = ${hashToken(token)} AND used_at IS NULL AND expires_at > now()::TIMESTAMP
    RETURNING token_hash`);
  return used.length === 1;
}
