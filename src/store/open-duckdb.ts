import { DuckDBInstance } from '@duckdb/node-api';
import { PatronError } from '../errors/index.ts';

/**
 * Opens a DuckDB database file (or ':memory:') with Patron's fixed settings. DuckDB never
 * downloads extensions here (the ones Patron uses are built in), and a file another program
 * holds open becomes an error that says which process and what to do.
 */
export async function openDuckDB(file: string, config: Record<string, string>): Promise<DuckDBInstance> {
  try {
    return await DuckDBInstance.create(file, { ...config, autoinstall_known_extensions: 'false' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lock = /Could not set lock on file .*Conflicting lock is held in (.*?) \(PID (\d+)\)/.exec(message);
    if (lock)
      throw new PatronError(
        'database_in_use',
        `${file} is open in another program (${lock[1]}, process ${lock[2]}), probably \`patron serve\` or \`npm start\`. Stop it first (Ctrl-C), or do this through its dashboard or API while it runs.`,
        { file },
      );
    throw error;
  }
}
