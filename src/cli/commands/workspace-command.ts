import type { Command } from 'commander';
import { resolveDbPath } from '../../store/index.ts';
import { Workspaces } from '../../workspaces/index.ts';
import { reportError } from '../fail.ts';

/** Opens the workspaces beside `--db`, runs `work`, closes them. */
export async function withWorkspaces<T>(
  db: string | undefined,
  work: (w: Workspaces) => Promise<T>,
): Promise<T> {
  const workspaces = await Workspaces.open(resolveDbPath(db));
  try {
    return await work(workspaces);
  } finally {
    await workspaces.close();
  }
}

/** `patron workspace list|create NAME`: each workspace has its own database file. */
export function registerWorkspace(program: Command): void {
  const cmd = program.command('workspace').description('workspaces: each has its own data');
  cmd
    .command('list')
    .description('list workspaces')
    .action(async () => {
      try {
        const list = await withWorkspaces(program.opts().db, (w) => w.list());
        for (const w of list) console.log(`${w.id.padEnd(12)} ${w.name.padEnd(24)} ${w.db_path}`);
      } catch (error) {
        reportError(error, false);
      }
    });
  cmd
    .command('create <name>')
    .description('create an empty workspace')
    .action(async (name: string) => {
      try {
        const w = await withWorkspaces(program.opts().db, (ws) => ws.create(name));
        console.log(`Created workspace ${w.id} (${w.name}) in ${w.db_path}`);
      } catch (error) {
        reportError(error, false);
      }
    });
}
