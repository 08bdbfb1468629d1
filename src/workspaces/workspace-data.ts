import { LIVE_PROFILE_ROWS, type ProfileRows, profileRowsSql } from '../insights/customers/index.ts';
import type { Reads, Sql, Store } from '../store/index.ts';
import { Store as StoreClass, sql } from '../store/index.ts';
import { ImportJobs } from './import-jobs.ts';

/** Reading connections per workspace: a slow page does not hold up the others, and one page's queries run side by side. */
const READERS = 3;
/** The in-memory database (one per DuckDB instance, seen by every connection) holding the profile copies. */
const SNAPSHOTS = 'patron_snapshots';

/**
 * One workspace's data: its DuckDB file, opened once per process. Writes (imports, segment changes)
 * run one at a time on the main connection; reads go to the least busy of a few reading
 * connections, so a long import never blocks the dashboard and reads see only committed data.
 * Read models are cached until the next write.
 */
export class WorkspaceData implements Reads {
  private writes: Promise<unknown> = Promise.resolve();
  private version = 0;
  private writing = 0;
  private closed = false;
  private readonly cache = new Map<string, { version: number; value: Promise<unknown> }>();
  /** Called after every write (the server re-warms the dashboard's read models). */
  onWritten: (() => void) | undefined;
  /** The import wizard's uploads. */
  readonly imports = new ImportJobs((work) => this.write(work));

  private constructor(
    readonly workspaceId: string,
    readonly store: Store,
    readonly readers: readonly Store[],
  ) {}

  static async open(workspaceId: string, store: Store): Promise<WorkspaceData> {
    const readers: Store[] = [];
    for (let i = 0; i < READERS; i++) {
      const connection = await store.instance.connect();
      await connection.run('SET preserve_insertion_order = false');
      readers.push(new StoreClass(store.instance, connection, store.path));
    }
    await store.run(sql`ATTACH IF NOT EXISTS ':memory:' AS ${sql.ident(SNAPSHOTS)}`);
    return new WorkspaceData(workspaceId, store, readers);
  }

  private profile: { version: number; table: Sql; ready: Promise<void> } | undefined;
  private snapshots = 0;

  /**
   * Where to read customer rows (`profileRowsSql`): a copy made after the last write, in an
   * in-memory database every reading connection sees, so a search or a profile reads one table
   * instead of joining seven. Made on first use after each write; while a write runs, the previous
   * copy (or the live rows) is used.
   */
  async profileRows(): Promise<ProfileRows> {
    if (this.writing === 0 && this.profile?.version !== this.version && !this.closed) {
      const old = this.profile;
      const table = sql.ident(SNAPSHOTS, `profile_${++this.snapshots}`);
      const ready = this.read((reader) => reader.run(sql`CREATE TABLE ${table} AS ${profileRowsSql()}`)).then(
        () => {
          // Queries still reading the old copy get a minute to finish.
          if (old) setTimeout(() => void this.dropSnapshot(old.table), 60_000).unref();
        },
      );
      this.profile = { version: this.version, table, ready };
      ready.catch(() => {
        if (this.profile?.table === table) this.profile = old;
      });
    }
    if (!this.profile) return LIVE_PROFILE_ROWS;
    await this.profile.ready;
    return { sql: this.profile.table, stored: true };
  }

  private async dropSnapshot(table: Sql): Promise<void> {
    if (this.closed) return;
    await this.read((reader) => reader.run(sql`DROP TABLE IF EXISTS ${table}`));
  }

  /** Runs a read on the least busy reading connection. */
  read<T>(work: (store: Store) => Promise<T>): Promise<T> {
    let reader = this.readers[0] as Store;
    for (const r of this.readers) if (r.busy < reader.busy) reader = r;
    return work(reader);
  }

  /** Runs a read once per data version: later calls with the same key reuse it until a write. */
  cached<T>(key: string, work: (store: Store) => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit && hit.version === this.version && this.writing === 0) return hit.value as Promise<T>;
    const value = this.read(work);
    if (this.writing === 0) {
      const entry = { version: this.version, value: value as Promise<unknown> };
      this.cache.set(key, entry);
      value.catch(() => {
        if (this.cache.get(key) === entry) this.cache.delete(key);
      });
    }
    return value;
  }

  /** Queues a write: one at a time, on the main connection; the cache is dropped after it. */
  write<T>(work: (store: Store) => Promise<T>): Promise<T> {
    const run = async () => {
      this.writing += 1;
      try {
        return await work(this.store);
      } finally {
        this.writing -= 1;
        this.version += 1;
        this.cache.clear();
        this.onWritten?.();
      }
    };
    const result = this.writes.then(run, run);
    this.writes = result.catch(() => undefined);
    return result;
  }

  /** True once `close` has begun: long-running readers (the dashboard warm-up) stop early. */
  get closing(): boolean {
    return this.closed;
  }

  /**
   * Stops the reads (interrupting any that run), waits for queued writes to finish, then closes
   * both connections and the database.
   */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.readers.map((reader) => reader.stopStatements()));
    await this.writes;
    await this.store.stopStatements();
    this.imports.clear();
    for (const reader of this.readers) reader.connection.closeSync();
    this.store.close();
  }
}
