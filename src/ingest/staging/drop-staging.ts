import { type Store, sql } from '../../store/index.ts';

/** Drops every temporary table and view an import made (they all start with `prefix`). */
export async function dropStaging(store: Store, prefix: string): Promise<void> {
  const objects = await store.all<{ name: string; kind: string }>(sql`
    SELECT view_name AS name, 'view' AS kind FROM duckdb_views() WHERE temporary AND starts_with(view_name, ${prefix})
    UNION ALL
    SELECT table_name, 'table' FROM duckdb_tables() WHERE temporary AND starts_with(table_name, ${prefix})`);
  // Views first: they depend on the tables.
  for (const o of objects.filter((x) => x.kind === 'view'))
    await store.run(sql`DROP VIEW IF EXISTS ${sql.ident(o.name)}`);
  for (const o of objects.filter((x) => x.kind === 'table'))
    await store.run(sql`DROP TABLE IF EXISTS ${sql.ident(o.name)}`);
}
