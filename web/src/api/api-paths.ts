/** The API's base path. */
export const API = '/api/v1';

/**
 * A workspace-scoped API path.
 *
 * @example
 * workspacePath('default', '/rfm') // => '/api/v1/workspaces/default/rfm'
 */
export function workspacePath(workspaceId: string, path: string): string {
  return `${API}/workspaces/${encodeURIComponent(workspaceId)}${path}`;
}
