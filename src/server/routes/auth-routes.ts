import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PatronError } from '../../errors/index.ts';
import { LoginLinkQuery, LoginRequest, Me, Ok } from '../../schema/api/index.ts';
import {
  checkAdminPassword,
  consumeLoginLink,
  createSession,
  hasAdminPassword,
  type Workspaces,
} from '../../workspaces/index.ts';
import { requirePrincipal } from '../auth/require-principal.ts';
import { SESSION_COOKIE } from '../request-context.ts';
import { withErrors } from '../with-errors.ts';

async function startSession(reply: FastifyReply, workspaces: Workspaces): Promise<void> {
  const token = await createSession(workspaces.control);
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 14 * 24 * 3600,
  });
}

/** Sign-in with the admin password or a one-time link, sign-out, and who am I. */
export async function authRoutes(
  app: FastifyInstance,
  options: { workspaces: Workspaces; loginRateLimit?: { max: number; windowMs: number } },
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { workspaces } = options;
  api.post(
    '/api/v1/auth/login',
    {
      config: {
        rateLimit: {
          max: options.loginRateLimit?.max ?? 10,
          timeWindow: options.loginRateLimit?.windowMs ?? 60_000,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with the admin password; sets the patron_session cookie',
        security: [],
        body: LoginRequest,
        response: withErrors({ 200: Ok }),
      },
    },
    async (request, reply) => {
      if (!(await hasAdminPassword(workspaces.control)))
        throw new PatronError(
          'no_admin_password',
          'No admin password is set yet. Run `patron admin set-password`, or use the one-time link printed by `npm start`.',
        );
      if (!(await checkAdminPassword(workspaces.control, request.body.password)))
        throw new PatronError('wrong_password', 'That password is not right.');
      await startSession(reply, workspaces);
      return { ok: true as const };
    },
  );
  api.get(
    '/auth/link',
    {
      schema: {
        tags: ['auth'],
        summary: 'One-time login link: sets the session cookie and redirects to the dashboard',
        security: [],
        querystring: LoginLinkQuery,
      },
    },
    async (request, reply) => {
      if (!(await consumeLoginLink(workspaces.control, request.query.token))) {
        const message =
          'This login link has been used or has expired. Sign in with the admin password, or restart `npm start` for a new link.';
        // A person who clicked the link sees a page, not JSON; programs still get the coded error.
        if (request.headers.accept?.includes('text/html'))
          return reply.code(401).type('text/html; charset=utf-8').send(expiredLinkPage(message));
        throw new PatronError('invalid_login_link', message);
      }
      await startSession(reply, workspaces);
      return reply.redirect('/', 303);
    },
  );
  api.post(
    '/api/v1/auth/logout',
    {
      schema: { tags: ['auth'], summary: 'Sign out', security: [], response: withErrors({ 200: Ok }) },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await workspaces.endSession(token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
  api.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, and their workspaces',
        response: withErrors({ 200: Me }),
      },
    },
    async (request) => {
      const principal = await requirePrincipal(request, workspaces);
      const all = await workspaces.list();
      const visible = principal.kind === 'admin' ? all : all.filter((w) => w.id === principal.workspaceId);
      return {
        user:
          principal.kind === 'admin'
            ? { kind: 'admin' as const, name: 'admin' }
            : { kind: 'api_key' as const, name: principal.keyName },
        workspaces: visible.map((w) => ({ id: w.id, name: w.name })),
      };
    },
  );
}

function expiredLinkPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Login link expired · Patron</title></head><body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem; color: #1f2933"><h1>This login link no longer works</h1><p>${message.replace('`npm start`', '<code>npm start</code>')}</p><p><a href="/">Go to the sign-in page</a></p></body></html>`;
}
