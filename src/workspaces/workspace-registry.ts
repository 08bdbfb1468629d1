import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PatronError } from '../errors/index.ts';
import { openStore, type Store, sql } from '../store/index.ts';
import { openControlStore } from './control-store.ts';
import { deleteSession, isSessionValid } from './sessions.ts';
import { WorkspaceData } from './workspace-data.ts';

export interface WorkspaceRecord {
  id: string;
  name: string;
  db_path: string;
}

export const DEFAULT_WORKSPACE_ID = 'default';

/** Where the control file and other workspaces' files live, beside the default database. */
export function workspacePaths(dbPath: string): { control: string; folder: string } {
  const file = resolve(dbPath);
  const stem = basename(file).replace(/\.duckdb$/, '');
  return {
    control: join(dirname(file), `${stem}.control.duckdb`),
    folder: join(dirname(file), `${stem}.workspaces`),
  };
}

/**
 * The workspaces of one Patron installation. The `--db` file is the default workspace (so the CLI
 * keeps working on it); every other workspace is its own DuckDB file. Each file is opened once.
 *
 * @example
 * const workspaces = await Workspaces.open('./patron.duckdb');
 * const data = await workspaces.data('default');
 */
export class Workspaces {
  private readonly opened = new Map<string, Promise<WorkspaceData>>();
  // Sessions known to be valid, until when (ms): saves a control-database query on most requests.
  private readonly sessions = new Map<string, number>();

  private constructor(
    readonly control: Store,
    readonly dbPath: string,
    private readonly folder: string,
  ) {}

  static async open(dbPath: string): Promise<Workspaces> {
    const paths = workspacePaths(dbPath);
    const control = await openControlStore(paths.control);
    await control.run(sql`INSERT INTO workspaces VALUES (${DEFAULT_WORKSPACE_ID}, 'Default', ${resolve(dbPath)}, now()::TIMESTAMP)
      ON CONFLICT (workspace_id) DO UPDATE SET db_path = excluded.db_path`);
    return new Workspaces(control, resolve(dbPath), paths.folder);
  }

  async list(): Promise<WorkspaceRecord[]> {
    return this.control.all<WorkspaceRecord & Record<string, unknown>>(
      sql`SELECT workspace_id AS id, name, db_path FROM workspaces ORDER BY created_at, workspace_id`,
    );
  }

  async get(id: string): Promise<WorkspaceRecord | undefined> {
    return this.control.one<WorkspaceRecord & Record<string, unknown>>(
      sql`SELECT workspace_id AS id, name, db_path FROM workspaces WHERE workspace_id = ${id}`,
    );
  }

  /** Creates an empty workspace with its own database file. */
  async create(name: string): Promise<WorkspaceRecord> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 80)
      throw new PatronError('bad_workspace_name', 'A workspace name needs 1 to 80 characters.');
    const id = `w${randomBytes(4).toString('hex')}`;
    mkdirSync(this.folder, { recursive: true });
    const path = join(this.folder, `${id}.duckdb`);
    await this.control.run(sql`INSERT INTO workspaces VALUES (${id}, ${trimmed}, ${path}, now()::TIMESTAMP)`);
    return { id, name: trimmed, db_path: path };
  }

  /** Whether a session token is valid; a valid answer is remembered for a minute. */
  async isSession(token: string): Promise<boolean> {
    const until = this.sessions.get(token);
    if (until !== undefined && until > Date.now()) return true;
    const valid = await isSessionValid(this.control, token);
    if (valid) this.sessions.set(token, Date.now() + 60_000);
    else this.sessions.delete(token);
    return valid;
  }

  /** Ends a session, here and in the control database. */
  async endSession(token: string): Promise<void> {
    this.sessions.delete(token);
    await deleteSession(this.control, token);
  }

  /** The workspace's data, opening its database on first use. */
  async data(id: string): Promise<WorkspaceData> {
    let opened = this.opened.get(id);
    if (!opened) {
      const record = await this.get(id);
      if (!record) throw new PatronError('not_found', 'There is no such workspace.');
      opened = openStore(record.db_path).then((store) => WorkspaceData.open(id, store));
      this.opened.set(id, opened);
      opened.catch(() => this.opened.delete(id));
    }
    return opened;
  }

  /** Closes every opened workspace and the control database. */
  async close(): Promise<void> {
    for (const opened of this.opened.values()) {
      const data = await opened.catch(() => undefined);
      await data?.close();
    }
    this.opened.clear();
    await this.control.stopStatements();
    this.control.close();
  }
}
