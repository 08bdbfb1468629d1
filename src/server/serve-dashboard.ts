import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Patron</title></head>
<body><h1>Patron</h1><p>The dashboard has not been built yet. Run <code>npm run build:web</code>, then restart.
The API is running: see <a href="/docs">/docs</a>.</p></body></html>`;

/**
 * Serves the built dashboard from `webDist`, with the single-page app's index.html for every path
 * that is not a file and not under /api (the dashboard routes itself). API paths that match no
 * route answer a coded 404.
 */
export async function serveDashboard(app: FastifyInstance, webDist: string | null): Promise<void> {
  if (webDist) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || request.method !== 'GET') {
      reply.code(404).send({ error: { code: 'not_found', message: 'There is nothing at this address.' } });
      return;
    }
    if (webDist) {
      reply.type('text/html').sendFile('index.html');
      return;
    }
    reply.code(200).type('text/html').send(NOT_BUILT);
  });
}
