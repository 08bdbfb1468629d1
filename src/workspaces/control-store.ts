import { resolve } from 'node:path';
import { openDuckDB, Store } from '../store/index.ts';

const TABLES = [
  `CREATE TABLE IF NOT EXISTS workspaces (
    workspace_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    db_path VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS api_keys (
    key_id VARCHAR PRIMARY KEY,
    workspace_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    prefix VARCHAR NOT NULL,
    key_hash VARCHAR NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP
  )`,
  `CREATE TABLE IF NOT EXISTS admin_password (
    id INTEGER PRIMARY KEY,
    password_hash VARCHAR NOT NULL,
    set_at TIMESTAMP NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS sessions (
    token_hash VARCHAR PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS login_links (
    token_hash VARCHAR PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
  )`,
];

/**
 * Opens the control database (workspaces, API key hashes, the admin password hash, sessions and
 * one-time login links), a small DuckDB file beside the default workspace's data.
 *
 * @example
 * const control = await openControlStore('./patron.control.duckdb');
 */
export async function openControlStore(path: string): Promise<Store> {
  const file = resolve(path);
  const instance = await openDuckDB(file, { memory_limit: '128MB' });
  const connection = await instance.connect();
  for (const statement of TABLES) await connection.run(statement);
  return new Store(instance, connection, file);
}
