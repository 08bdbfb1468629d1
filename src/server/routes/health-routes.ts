import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Health } from '../../schema/api/index.ts';
import { withErrors } from '../with-errors.ts';

const started = performance.now();

/** GET /api/v1/health: no sign-in needed. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Is the server up',
        security: [],
        response: withErrors({ 200: Health }),
      },
    },
    async () => ({
      status: 'ok' as const,
      version: '0.1.0',
      uptime_seconds: Math.round((performance.now() - started) / 100) / 10,
    }),
  );
}
