import type { FastifyRequest } from 'fastify';
import { PatronError } from '../../errors/index.ts';
import type { Workspaces } from '../../workspaces/index.ts';
import type { Principal } from '../request-context.ts';
import { principalOf } from './principal-of.ts';

/** The caller, or a 401 `unauthenticated` error. */
export async function requirePrincipal(request: FastifyRequest, workspaces: Workspaces): Promise<Principal> {
  const principal = await principalOf(request, workspaces);
  if (!principal)
    throw new PatronError(
      'unauthenticated',
      'Sign in to the dashboard first, or send an API key as "Authorization: Bearer <key>".',
    );
  return principal;
}
