import type { Command } from 'commander';
import { createApiKey, listApiKeys, revokeApiKey } from '../../workspaces/index.ts';
import { reportError } from '../fail.ts';
import { withWorkspaces } from './workspace-command.ts';

/** `patron api-key create NAME|list|revoke ID [--workspace ID]`: keys are shown once, stored hashed. */
export function registerApiKey(program: Command): void {
  const cmd = program.command('api-key').description('API keys: each reaches one workspace');
  cmd
    .command('create <name>')
    .option('--workspace <id>', 'workspace the key reaches', 'default')
    .description('create a key; it is printed this once and stored only as a hash')
    .action(async (name: string, flags: { workspace: string }) => {
      try {
        const key = await withWorkspaces(program.opts().db, (w) =>
          createApiKey(w.control, flags.workspace, name),
        );
        console.log(
          `API key ${key.id} for workspace ${flags.workspace}:\n\n  ${key.key}\n\nCopy it now: it will not be shown again.`,
        );
      } catch (error) {
        reportError(error, false);
      }
    });
  cmd
    .command('list')
    .option('--workspace <id>', 'workspace', 'default')
    .description("list a workspace's keys (never the secrets)")
    .action(async (flags: { workspace: string }) => {
      try {
        const keys = await withWorkspaces(program.opts().db, (w) => listApiKeys(w.control, flags.workspace));
        for (const k of keys)
          console.log(
            `${k.id}  ${k.prefix}…  ${k.name}  created ${k.created_at}  last used ${k.last_used_at ?? 'never'}`,
          );
      } catch (error) {
        reportError(error, false);
      }
    });
  cmd
    .command('revoke <id>')
    .option('--workspace <id>', 'workspace', 'default')
    .description('revoke a key')
    .action(async (id: string, flags: { workspace: string }) => {
      try {
        const gone = await withWorkspaces(program.opts().db, (w) =>
          revokeApiKey(w.control, flags.workspace, id),
        );
        if (!gone) throw new Error(`There is no key ${id} in workspace ${flags.workspace}.`);
        console.log(`Revoked ${id}.`);
      } catch (error) {
        reportError(error, false);
      }
    });
}
