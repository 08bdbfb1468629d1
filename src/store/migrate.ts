import { migrations as allMigrations, type Migration } from './migrations/index.ts';
import { sql } from './sql.ts';
import type { Store } from './store.ts';

/** Applies every migration newer than the database's version, each in its own transaction. */
export async function migrate(
  store: Store,
  migrations: readonly Migration[] = allMigrations,
): Promise<number[]> {
  await store.run(sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)`);
  const done = await store.all<{ version: number }>(sql`SELECT version FROM schema_migrations`);
  const applied = new Set(done.map((r) => r.version));
  const ran: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    await store.transaction(async () => {
      for (const statement of m.statements) await store.run(sql.trusted(statement));
      await store.run(sql`INSERT INTO schema_migrations VALUES (${m.version}, ${m.name}, now()::TIMESTAMP)`);
    });
    ran.push(m.version);
  }
  return ran;
}
