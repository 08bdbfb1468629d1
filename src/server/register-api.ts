import type { FastifyInstance } from 'fastify';
import type { Workspaces } from '../workspaces/index.ts';
import { scopeToWorkspace } from './auth/workspace-scope.ts';
import type { ServerOptions } from './build-server.ts';
import { analysisRoutes } from './routes/analysis-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { clustersRoutes } from './routes/clusters-routes.ts';
import { customersRoutes } from './routes/customers-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { importsRoutes } from './routes/imports-routes.ts';
import { overviewRoutes } from './routes/overview-routes.ts';
import { predictionsRoutes } from './routes/predictions-routes.ts';
import { segmentsRoutes } from './routes/segments-routes.ts';
import { apiKeyRoutes, workspaceListRoutes } from './routes/workspaces-routes.ts';

/** What every workspace route plugin is given. */
export interface WorkspaceRouteOptions {
  workspaces: Workspaces;
  uploadLimitBytes?: number;
}

/** Routes that work in one workspace, mounted under /api/v1/workspaces/:workspaceId. */
export const WORKSPACE_ROUTES: ((app: FastifyInstance, options: WorkspaceRouteOptions) => Promise<void>)[] = [
  overviewRoutes,
  customersRoutes,
  segmentsRoutes,
  importsRoutes,
  analysisRoutes,
  clustersRoutes,
  predictionsRoutes,
  apiKeyRoutes,
];

/** The whole JSON API: public routes, then every workspace route behind the workspace scope. */
export async function registerApi(app: FastifyInstance, options: ServerOptions): Promise<void> {
  const { workspaces } = options;
  await app.register(healthRoutes);
  await app.register(authRoutes, {
    workspaces,
    ...(options.loginRateLimit ? { loginRateLimit: options.loginRateLimit } : {}),
  });
  await app.register(workspaceListRoutes, { workspaces });
  await app.register(
    async (scoped) => {
      scopeToWorkspace(scoped, workspaces);
      for (const routes of WORKSPACE_ROUTES)
        await scoped.register(routes, {
          workspaces,
          ...(options.uploadLimitBytes ? { uploadLimitBytes: options.uploadLimitBytes } : {}),
        });
    },
    { prefix: '/api/v1/workspaces/:workspaceId' },
  );
}
