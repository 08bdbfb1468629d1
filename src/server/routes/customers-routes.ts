import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { customerProfile, searchCustomers } from '../../insights/customers/index.ts';
import {
  CustomerPage,
  CustomerParams,
  CustomerProfile,
  CustomerSearchQuery,
  WorkspaceParams,
} from '../../schema/api/index.ts';
import { fromPublicId, toPublicId } from '../public-ids.ts';
import { withErrors } from '../with-errors.ts';
import { workspaceOf } from '../workspace-of.ts';

/** Customer search (text and rule filter, paging) and the customer profile with its timeline. */
export async function customersRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/customers',
    {
      schema: {
        tags: ['customers'],
        summary: 'Search customers by name or email and filter by rule text, a page at a time',
        params: WorkspaceParams,
        querystring: CustomerSearchQuery,
        response: withErrors({ 200: CustomerPage }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const query = request.query;
      const rows = await ws.profileRows();
      const found = await ws.cached(`customers:${JSON.stringify(query)}`, (store) =>
        searchCustomers(store, query, rows),
      );
      return {
        total: found.total,
        limit: query.limit,
        offset: query.offset,
        customers: found.customers.map(({ customer_id, ...rest }) => ({
          id: toPublicId(ws.workspaceId, customer_id),
          ...rest,
        })),
      };
    },
  );
  api.get(
    '/customers/:customerId',
    {
      schema: {
        tags: ['customers'],
        summary:
          'One customer: contact, features, RFM, lifecycle, tier, segments, attributes, predictions, timeline',
        params: CustomerParams,
        response: withErrors({ 200: CustomerProfile }),
      },
    },
    async (request) => {
      const ws = workspaceOf(request);
      const id = fromPublicId(ws.workspaceId, request.params.customerId, 'customer');
      const { customer_id, segments, ...profile } = await customerProfile(ws, id, await ws.profileRows());
      return {
        id: toPublicId(ws.workspaceId, customer_id),
        ...profile,
        segments: segments.map(({ segment_id, ...s }) => ({
          id: toPublicId(ws.workspaceId, segment_id),
          ...s,
        })),
      };
    },
  );
}
