import type { FastifyRequest } from 'fastify';
import { findApiKey, type Workspaces } from '../../workspaces/index.ts';
import { type Principal, SESSION_COOKIE } from '../request-context.ts';

/** The caller behind a request: a valid session cookie (admin) or a known API key; else undefined. */
export async function principalOf(
  request: FastifyRequest,
  workspaces: Workspaces,
): Promise<Principal | undefined> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const key = await findApiKey(workspaces.control, header.slice('Bearer '.length).trim());
    return key ? { kind: 'api_key', workspaceId: key.workspace_id, keyName: key.name } : undefined;
  }
  const session = request.cookies[SESSION_COOKIE];
  if (session && (await workspaces.isSession(session))) return { kind: 'admin' };
  return undefined;
}
