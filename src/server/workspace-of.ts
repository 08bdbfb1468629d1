import type { FastifyRequest } from 'fastify';
import type { WorkspaceData } from '../workspaces/index.ts';

/** The workspace the scope hook attached; routes under /workspaces/:workspaceId always have one. */
export function workspaceOf(request: FastifyRequest): WorkspaceData {
  if (!request.workspace) throw new Error('workspace route registered outside the workspace scope');
  return request.workspace;
}
