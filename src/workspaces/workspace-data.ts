import { searchTextSql } from '../insights/customers/index.ts';
import type { Store } from '../store/index.ts';
import { Store as StoreClass, sql } from '../store/index.ts';
import { ImportJobs } from './import-jobs.ts';

/**
 * One workspace's data: its DuckDB file, opened once per process. Writes (imports, segment changes)
 * run one at a time on the main connection; reads use a second connection, so a long import never
 * blocks the dashboard and reads see only committed data. Read models are cached until the next write.
 */
export class WorkspaceData {
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
    readonly reader: Store,
  ) {}

  static async open(workspaceId: string, store: Store): Promise<WorkspaceData> {
    const connection = await store.instance.connect();
    await connection.run('SET preserve_insertion_order = false');
    return new WorkspaceData(workspaceId, store, new StoreClass(store.instance, connection, store.path));
  }

  private profile: { version: number; table: string; ready: Promise<void> } | undefined;
  private snapshots = 0;

  /**
   * The name of a table holding `customer_profile` as of the last write: a temporary copy on the
   * reading connection, so searches and live rule counts scan one table instead of joining five.
   * Made on first use after each write; while a write runs, the previous copy (or the view) is used.
   */
  async profileTable(): Promise<string> {
    if (this.writing === 0 && this.profile?.version !== this.version) {
      const old = this.profile;
      const table = `profile_snapshot_${++this.snapshots}`;
      const ready = this.reader
        .run(
          sql`CREATE TEMP TABLE ${sql.ident(table)} AS SELECT *, ${searchTextSql()} AS search_text FROM customer_profile`,
        )
        .then(() => {
          // Queries still reading the old copy get a minute to finish.
          if (old) setTimeout(() => void this.dropSnapshot(old.table), 60_000).unref();
        });
      this.profile = { version: this.version, table, ready };
      ready.catch(() => {
        if (this.profile?.table === table) this.profile = old;
      });
    }
    if (!this.profile) return 'customer_profile';
    await this.profile.ready;
    return this.profile.table;
  }

  private async dropSnapshot(table: string): Promise<void> {
    if (this.closed) return;
    await this.reader.run(sql`DROP TABLE IF EXISTS ${sql.ident(table)}`);
  }

  /** Runs a read on the reading connection. */
  read<T>(work: (store: Store) => Promise<T>): Promise<T> {
    return work(this.reader);
  }

  /** Runs a read once per data version: later calls with the same key reuse it until a write. */
  cached<T>(key: string, work: (store: Store) => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit && hit.version === this.version && this.writing === 0) return hit.value as Promise<T>;
    const value = work(this.reader);
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
    await this.reader.stopStatements();
    await this.writes;
    await this.store.stopStatements();
    this.imports.clear();
    this.reader.connection.closeSync();
    this.store.close();
  }
}
