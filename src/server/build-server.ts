import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Workspaces } from '../workspaces/index.ts';
import { handleError } from './error-handler.ts';
import { registerApi } from './register-api.ts';
import { serveDashboard } from './serve-dashboard.ts';

export interface ServerOptions {
  workspaces: Workspaces;
  /** The built dashboard (default `web/dist`); null serves the API only. */
  webDist?: string | null;
  /** Requests per client per window on the whole API (default 1200 a minute). */
  rateLimit?: { max: number; windowMs: number };
  /** Login attempts per client per window (default 10 a minute). */
  loginRateLimit?: { max: number; windowMs: number };
  /** Largest JSON body (default 1 MiB). */
  bodyLimitBytes?: number;
  /** Largest uploaded file (default 200 MiB). */
  uploadLimitBytes?: number;
  /** Log requests (default false). */
  logger?: boolean;
  /** Called for every route as it is registered (tests walk them). */
  onRoute?: (route: { method: string; url: string }) => void;
}

export type PatronServer = FastifyInstance;

/** The dashboard Vite builds: web/dist at the package root. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * The HTTP server: the JSON API under /api/v1 (documented at /openapi.json and /docs), the one-time
 * login link at /auth/link, and the built dashboard for every other path.
 *
 * @example
 * const app = await buildServer({ workspaces: await Workspaces.open('./patron.duckdb') });
 * await app.listen({ port: 3000, host: '127.0.0.1' });
 */
export async function buildServer(options: ServerOptions): Promise<PatronServer> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('workspace', null);
  const { onRoute } = options;
  if (onRoute)
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) onRoute({ method, url: route.url });
    });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimit?.max ?? 1200,
    timeWindow: options.rateLimit?.windowMs ?? 60_000,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Patron API',
        description:
          'Customer segmentation and prediction for small businesses. Sign in with the dashboard session cookie ' +
          '(POST /api/v1/auth/login) or send an API key as `Authorization: Bearer <key>`; each key reaches one workspace. ' +
          'Ids are workspace-scoped strings like `default_42`: another workspace’s id answers 404. ' +
          'Errors are always `{ "error": { "code", "message" } }`.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'patron_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerApi(app, options);
  const webDist = options.webDist === undefined ? DEFAULT_WEB_DIST : options.webDist;
  await serveDashboard(app, webDist !== null && existsSync(resolve(webDist, 'index.html')) ? webDist : null);
  return app;
}
