import type { FastifyInstance } from 'fastify';
import { PatronError } from '../../errors/index.ts';
import type { Workspaces } from '../../workspaces/index.ts';
import { requirePrincipal } from './require-principal.ts';

/**
 * Every route registered inside `app` after this runs only for a caller allowed into
 * `:workspaceId`, checked as the request arrives (before its body is read or validated). An
 * unknown workspace and one the caller's key is not for both answer 404, so a key cannot even
 * learn which other workspaces exist.
 */
export function scopeToWorkspace(app: FastifyInstance, workspaces: Workspaces): void {
  app.addHook('onRequest', async (request) => {
    const principal = await requirePrincipal(request, workspaces);
    const { workspaceId } = request.params as { workspaceId?: string };
    const allowed =
      workspaceId !== undefined &&
      (principal.kind === 'admin' || principal.workspaceId === workspaceId) &&
      (await workspaces.get(workspaceId)) !== undefined;
    if (!allowed) throw new PatronError('not_found', 'There is no such workspace.');
    request.workspace = await workspaces.data(workspaceId);
  });
}
