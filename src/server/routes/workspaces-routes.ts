import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PatronError } from '../../errors/index.ts';
import {
  ApiKeyList,
  CreateApiKeyRequest,
  CreatedApiKey,
  CreateWorkspaceRequest,
  Ok,
  WorkspaceList,
  WorkspaceParams,
  WorkspaceSummary,
} from '../../schema/api/index.ts';
import { createApiKey, listApiKeys, revokeApiKey, type Workspaces } from '../../workspaces/index.ts';
import { requirePrincipal } from '../auth/require-principal.ts';
import { withErrors } from '../with-errors.ts';

/** GET/POST /api/v1/workspaces: the caller's workspaces; creating one needs the admin. */
export async function workspaceListRoutes(
  app: FastifyInstance,
  options: { workspaces: Workspaces },
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { workspaces } = options;
  api.get(
    '/api/v1/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Workspaces the caller can use',
        response: withErrors({ 200: WorkspaceList }),
      },
    },
    async (request) => {
      const principal = await requirePrincipal(request, workspaces);
      const all = await workspaces.list();
      const visible = principal.kind === 'admin' ? all : all.filter((w) => w.id === principal.workspaceId);
      return { workspaces: visible.map((w) => ({ id: w.id, name: w.name })) };
    },
  );
  api.post(
    '/api/v1/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Create an empty workspace (admin only)',
        body: CreateWorkspaceRequest,
        response: withErrors({ 201: WorkspaceSummary }),
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(request, workspaces);
      if (principal.kind !== 'admin')
        throw new PatronError(
          'forbidden',
          'Only the admin can create workspaces; an API key reaches one workspace.',
        );
      const created = await workspaces.create(request.body.name);
      reply.code(201);
      return { id: created.id, name: created.name };
    },
  );
}

const KeyParams = WorkspaceParams.extend({ keyId: z.string().min(1).max(40) });

/** API keys of one workspace (inside the workspace scope); managing keys needs the admin. */
export async function apiKeyRoutes(app: FastifyInstance, options: { workspaces: Workspaces }): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { workspaces } = options;
  const adminOnly = async (request: Parameters<typeof requirePrincipal>[0]) => {
    if ((await requirePrincipal(request, workspaces)).kind !== 'admin')
      throw new PatronError('forbidden', 'Only the admin can see or manage API keys.');
  };
  api.get(
    '/api-keys',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'The workspace’s API keys (never the secrets)',
        params: WorkspaceParams,
        response: withErrors({ 200: ApiKeyList }),
      },
    },
    async (request) => {
      await adminOnly(request);
      const keys = await listApiKeys(workspaces.control, request.params.workspaceId);
      return { keys: keys.map(({ workspace_id: _, ...k }) => k) };
    },
  );
  api.post(
    '/api-keys',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Create an API key: the key is in this answer only; it is stored hashed',
        params: WorkspaceParams,
        body: CreateApiKeyRequest,
        response: withErrors({ 201: CreatedApiKey }),
      },
    },
    async (request, reply) => {
      await adminOnly(request);
      const { workspace_id: _, ...created } = await createApiKey(
        workspaces.control,
        request.params.workspaceId,
        request.body.name,
      );
      reply.code(201);
      return created;
    },
  );
  api.delete(
    '/api-keys/:keyId',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Revoke an API key',
        params: KeyParams,
        response: withErrors({ 200: Ok }),
      },
    },
    async (request) => {
      await adminOnly(request);
      if (!(await revokeApiKey(workspaces.control, request.params.workspaceId, request.params.keyId)))
        throw new PatronError('not_found', 'There is no such API key in this workspace.');
      return { ok: true as const };
    },
  );
}
