import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { resolveDbPath } from '../../store/index.ts';
import { setAdminPassword, Workspaces } from '../../workspaces/index.ts';
import { reportError } from '../fail.ts';

async function askPassword(): Promise<string> {
  if (process.env.PATRON_ADMIN_PASSWORD) return process.env.PATRON_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  try {
    return (await rl.question('New admin password (at least 8 characters): ')).trim();
  } finally {
    rl.close();
  }
}

/** `patron admin set-password`: the dashboard's admin password (from PATRON_ADMIN_PASSWORD or asked). */
export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description('the dashboard admin');
  admin
    .command('set-password')
    .description('set the admin password (stored as a scrypt hash); signs out every session')
    .action(async () => {
      try {
        const password = await askPassword();
        const workspaces = await Workspaces.open(resolveDbPath(program.opts().db));
        try {
          await setAdminPassword(workspaces.control, password);
        } finally {
          await workspaces.close();
        }
        console.log('Admin password set.');
      } catch (error) {
        reportError(error, false);
      }
    });
}
