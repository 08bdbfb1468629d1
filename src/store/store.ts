import type { DuckDBAppender, DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import type { Sql } from './sql.ts';
import { StoreQueryError } from './store-error.ts';

export type Row = Record<string, unknown>;

/** Progress of the statement that is running, from DuckDB's own progress counter. */
export interface StatementProgress {
  percentage: number;
}

/** Runs reads: a Store runs them on its own connection, the server spreads them over several. */
export interface Reads {
  read<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

/**
 * The embedded analytical store: one DuckDB connection with typed helpers.
 * Every statement is an `Sql` value from the `sql` tag, so values are always bound.
 */
export class Store {
  /** Statements running on this connection, so a shutdown can wait for them (see `closeWhenIdle`). */
  private readonly running = new Set<Promise<unknown>>();
  private stopping = false;

  constructor(
    readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    readonly path: string,
  ) {}

  /** Statements running now (the server sends a read to its least busy connection). */
  get busy(): number {
    return this.running.size;
  }

  /** Runs `work` on this store (see `Reads`). */
  read<T>(work: (store: Store) => Promise<T>): Promise<T> {
    return work(this);
  }

  /** Runs one statement, counted as running until it settles; refused once the store is stopping. */
  private async statement<T>(
    text: string,
    values: readonly DuckDBValue[],
    work: () => Promise<T>,
  ): Promise<T> {
    if (this.stopping) throw new StoreQueryError(new Error('the database is closing'), text, values);
    const running = work();
    this.running.add(running);
    try {
      return await running;
    } catch (error) {
      throw new StoreQueryError(error, text, values);
    } finally {
      this.running.delete(running);
    }
  }

  /** Runs a statement and returns its rows as plain JS objects (BIGINT as bigint when large). */
  async all<T extends Row = Row>(query: Sql): Promise<T[]> {
    const { text, values } = query.render();
    const reader = await this.statement(text, values, () => this.connection.runAndReadAll(text, values));
    return reader.getRowObjectsJS() as T[];
  }

  /** Runs a query and returns its columns as arrays: far less memory than row objects for big results. */
  async columns(query: Sql): Promise<Record<string, unknown[]>> {
    const { text, values } = query.render();
    const reader = await this.statement(text, values, () => this.connection.runAndReadAll(text, values));
    return reader.getColumnsObjectJS() as Record<string, unknown[]>;
  }

  /** The first row, or undefined. */
  async one<T extends Row = Row>(query: Sql): Promise<T | undefined> {
    return (await this.all<T>(query))[0];
  }

  /** Runs a statement for its effect; returns the number of rows it changed when DuckDB reports one. */
  async run(query: Sql, onProgress?: (p: StatementProgress) => void): Promise<number> {
    const { text, values } = query.render();
    const timer = onProgress ? setInterval(() => onProgress(this.progress()), 200) : undefined;
    try {
      const result = await this.statement(text, values, () => this.connection.run(text, values));
      return Number(result.rowsChanged);
    } finally {
      if (timer) clearInterval(timer);
    }
  }

  /** Runs `work` inside one transaction: all of it is kept, or none of it. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const value = await work();
      await this.connection.run('COMMIT');
      return value;
    } catch (error) {
      await this.connection.run('ROLLBACK');
      throw error;
    }
  }

  /** A bulk appender for a table (the fast path for rows computed in JS). */
  appender(table: string): Promise<DuckDBAppender> {
    return this.connection.createAppender(table);
  }

  private progress(): StatementProgress {
    const p = this.connection.progress;
    return { percentage: p.percentage };
  }

  /**
   * Closes the connection and the database. Statements still running are interrupted first and
   * the close waits for them in the background: closing DuckDB under a running query leaves the
   * process unable to exit.
   */
  close(): void {
    const closeNow = () => {
      this.connection.closeSync();
      this.instance.closeSync();
    };
    if (this.running.size === 0) {
      this.stopping = true;
      closeNow();
    } else void this.stopStatements().then(closeNow);
  }

  /**
   * Refuses new statements, interrupts the ones running (DuckDB rolls back what they wrote) and
   * waits for them to end: a server stops each connection with this before closing it.
   */
  async stopStatements(): Promise<void> {
    this.stopping = true;
    if (this.running.size === 0) return;
    this.connection.interrupt();
    await Promise.allSettled([...this.running]);
  }
}
