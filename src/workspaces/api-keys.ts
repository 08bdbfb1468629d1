import { randomBytes } from 'node:crypto';
import { PatronError } from '../errors/index.ts';
import { type Store, sql } from '../store/index.ts';
import { hashToken, secretToken } from './secret-token.ts';

export type ApiKeyRecord = {
  id: string;
  workspace_id: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
};

const COLUMNS = sql`key_id AS id, workspace_id, name, prefix,
  strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, strftime(last_used_at, '%Y-%m-%dT%H:%M:%SZ') AS last_used_at`;

/**
 * Creates an API key for one workspace. The key is returned this once; only its SHA-256 is kept.
 *
 * @example
 * const { key } = await createApiKey(control, 'default', 'reporting script');
 */
export async function createApiKey(
  control: Store,
  workspaceId: string,
  name: string,
): Promise<ApiKeyRecord & { key: string }> {
  const known = await control.one(sql`SELECT 1 AS x FROM workspaces WHERE workspace_id = ${workspaceId}`);
  if (!known) throw new PatronError('unknown_workspace', `There is no workspace '${workspaceId}'.`);
  const key = secretToken('ptk_');
  const id = `key${randomBytes(6).toString('hex')}`;
  await control.run(sql`INSERT INTO api_keys VALUES (${id}, ${workspaceId}, ${name}, ${key.slice(0, 10)},
    ${hashToken(key)}, now()::TIMESTAMP, NULL)`);
  const row = await control.one<ApiKeyRecord>(sql`SELECT ${COLUMNS} FROM api_keys WHERE key_id = ${id}`);
  return { ...(row as ApiKeyRecord), key };
}

/** The workspace a presented key belongs to, or undefined for an unknown key. */
export async function findApiKey(control: Store, key: string): Promise<ApiKeyRecord | undefined> {
  const row = await control.one<ApiKeyRecord>(
    sql`SELECT ${COLUMNS} FROM api_keys WHERE key_hash = ${hashToken(key)}`,
  );
  if (row)
    await control.run(sql`UPDATE api_keys SET last_used_at = now()::TIMESTAMP WHERE key_id = ${row.id}`);
  return row;
}

/** A workspace's keys, without secrets. */
export async function listApiKeys(control: Store, workspaceId: string): Promise<ApiKeyRecord[]> {
  return control.all<ApiKeyRecord>(
    sql`SELECT ${COLUMNS} FROM api_keys WHERE workspace_id = ${workspaceId} ORDER BY created_at, key_id`,
  );
}

/** Revokes a key of a workspace; false when the workspace has no such key. */
export async function revokeApiKey(control: Store, workspaceId: string, keyId: string): Promise<boolean> {
  const gone = await control.all(
    sql`DELETE FROM api_keys WHERE workspace_id = ${workspaceId} AND key_id = ${keyId} RETURNING key_id`,
  );
  return gone.length === 1;
}
