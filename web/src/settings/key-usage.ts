import { workspacePath } from '../api/index.ts';

/** How a script sends a key: the header line and a curl command that reads the workspace's overview. */
export interface KeyUsage {
  header: string;
  curl: string;
}

/**
 * The Authorization header and an example curl line for a key against this server and workspace
 * (the server reads `Authorization: Bearer <key>`; see src/server/auth/principal-of.ts).
 *
 * @example
 * keyUsage({ origin: 'http://127.0.0.1:3000', workspaceId: 'default', apiKey: 'ptk_abc' }).curl
 * // => 'curl -H "Authorization: Bearer ptk_abc" http://127.0.0.1:3000/api/v1/workspaces/default/overview'
 */
export function keyUsage(options: { origin: string; workspaceId: string; apiKey: string }): KeyUsage {
  const header = `Authorization: Bearer ${options.apiKey}`;
  const url = `${options.origin}${workspacePath(options.workspaceId, '/overview')}`;
  return { header, curl: `curl -H "${header}" ${url}` };
}
