import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cohortReport } from '../../features/index.ts';
import { lifecycleReport, rfmReport, valueTiersReport } from '../../insights/analysis/index.ts';
import {
  CohortMatrix,
  CohortQuery,
  LifecycleReport,
  RfmReport,
  ValueTiersReport,
  WorkspaceParams,
} from '../../schema/api/index.ts';
import { withErrors } from '../with-errors.ts';
import { workspaceOf } from '../workspace-of.ts';

/** RFM grid and groups, lifecycle funnel, cohort retention, value tiers with the concentration curve. */
export async function analysisRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/rfm',
    {
      schema: {
        tags: ['analysis'],
        summary: 'RFM grid (R × F counts with group names) and the groups with actions',
        params: WorkspaceParams,
        response: withErrors({ 200: RfmReport }),
      },
    },
    async (request) => workspaceOf(request).cached('rfm', rfmReport),
  );
  api.get(
    '/lifecycle',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Customers per lifecycle stage in funnel order, with the rules',
        params: WorkspaceParams,
        response: withErrors({ 200: LifecycleReport }),
      },
    },
    async (request) => workspaceOf(request).cached('lifecycle', lifecycleReport),
  );
  api.get(
    '/cohorts',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Retention and revenue-per-customer matrices by acquisition month',
        params: WorkspaceParams,
        querystring: CohortQuery,
        response: withErrors({ 200: CohortMatrix }),
      },
    },
    async (request) => {
      const { by, months } = request.query;
      return workspaceOf(request).cached(`cohorts:${by}:${months}`, (store) =>
        cohortReport(store, { by, months }),
      );
    },
  );
  api.get(
    '/value-tiers',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Value tiers and the revenue concentration curve',
        params: WorkspaceParams,
        response: withErrors({ 200: ValueTiersReport }),
      },
    },
    async (request) => workspaceOf(request).cached('value-tiers', valueTiersReport),
  );
}
