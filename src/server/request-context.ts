import type { WorkspaceData } from '../workspaces/index.ts';

/** Who is calling: the dashboard's admin (session cookie) or an API key bound to one workspace. */
export type Principal = { kind: 'admin' } | { kind: 'api_key'; workspaceId: string; keyName: string };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the workspace scope on every /api/v1/workspaces/:workspaceId/… route. */
    workspace: WorkspaceData | null;
  }
}

export const SESSION_COOKIE = 'patron_session';
