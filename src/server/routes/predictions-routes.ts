import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { atRiskCustomers, clvDistribution, validatePredictions } from '../../predictions/index.ts';
import {
  AtRiskList,
  AtRiskQuery,
  ClvDistributionOut,
  ValidationReportOut,
  WorkspaceParams,
} from '../../schema/api/index.ts';
import { toPublicId } from '../public-ids.ts';
import { withErrors } from '../with-errors.ts';
import { workspaceOf } from '../workspace-of.ts';

/** Predicted CLV distribution, the churn-risk list with explanations, and the predicted-vs-actual validation. */
export async function predictionsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['predictions'];
  api.get(
    '/predictions/clv',
    {
      schema: {
        tags,
        summary: 'Predicted CLV distribution (quantiles, histogram) and churn bands',
        params: WorkspaceParams,
        response: withErrors({ 200: ClvDistributionOut }),
      },
    },
    async (request) => workspaceOf(request).cached('clv', (store) => clvDistribution(store)),
  );
  api.get(
    '/predictions/at-risk',
    {
      schema: {
        tags,
        summary: 'Valuable customers most likely lost, each with why',
        params: WorkspaceParams,
        querystring: AtRiskQuery,
        response: withErrors({ 200: AtRiskList }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const { min_churn, limit } = request.query;
      const list = await ws.cached(`at-risk:${min_churn}:${limit}`, (store) =>
        atRiskCustomers(store, { minChurn: min_churn, limit }),
      );
      return {
        customers: list.map(({ customer_id, ...c }) => ({
          id: toPublicId(ws.workspaceId, customer_id),
          ...c,
        })),
      };
    },
  );
  api.get(
    '/predictions/validation',
    {
      schema: {
        tags,
        summary: 'Fit on the earlier history, predict the rest, compare with what happened',
        params: WorkspaceParams,
        response: withErrors({ 200: ValidationReportOut }),
      },
    },
    // ValidationReport's interfaces have no index signature; the response schema checks it at run time.
    async (request) =>
      (await workspaceOf(request).cached('validation', (store) =>
        validatePredictions(store),
      )) as unknown as ValidationReportOut,
  );
}
