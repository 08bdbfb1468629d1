import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { overviewReport } from '../../insights/overview/index.ts';
import { Overview, WorkspaceParams } from '../../schema/api/index.ts';
import { withErrors } from '../with-errors.ts';
import { workspaceOf } from '../workspace-of.ts';

/** GET …/overview: the numbers on the dashboard's first page. */
export async function overviewRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/overview',
    {
      schema: {
        tags: ['overview'],
        summary: 'Customers, revenue, repeat rate, active and at-risk counts, monthly trend',
        params: WorkspaceParams,
        response: withErrors({ 200: Overview }),
      },
    },
    async (request) => workspaceOf(request).cached('overview', (store) => overviewReport(store)),
  );
}
