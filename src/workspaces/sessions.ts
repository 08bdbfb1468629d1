import { type Store, sql } from '../store/index.ts';
import { hashToken, secretToken } from './secret-token.ts';

const SESSION_DAYS = 14;

/** Starts a dashboard session; returns the token for the cookie (only its hash is stored). */
export async function createSession(control: Store): Promise<string> {
  const token = secretToken();
  await control.run(sql`INSERT INTO sessions VALUES (${hashToken(token)}, now()::TIMESTAMP,
    now()::TIMESTAMP + to_days(${SESSION_DAYS}))`);
  return token;
}

/** Whether a session token is known and not expired. */
export async function isSessionValid(control: Store, token: string): Promise<boolean> {
  const row = await control.one(
    sql`SELECT 1 AS x FROM sessions WHERE token_hash = ${hashToken(token)} AND expires_at > now()::TIMESTAMP`,
  );
  return row !== undefined;
}

/** Ends a session. */
export async function deleteSession(control: Store, token: string): Promise<void> {
  await control.run(sql`DELETE FROM sessions WHERE token_hash = ${hashToken(token)}`);
}
