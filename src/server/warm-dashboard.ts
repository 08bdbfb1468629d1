import type { FastifyInstance } from 'fastify';
import { createSession, type Workspaces } from '../workspaces/index.ts';
import { SESSION_COOKIE } from './request-context.ts';

// What the dashboard asks for first: computing these ahead means the first visitor waits for nothing.
export const WARM_PATHS = [
  '/overview',
  '/rfm',
  '/lifecycle',
  '/cohorts',
  '/value-tiers',
  '/segments',
  '/segments/catalogue',
  '/segments/overlap',
  '/customers',
  '/imports',
  '/clusters',
  '/predictions/clv',
  '/predictions/at-risk?min_churn=0.5&limit=25',
];

/**
 * Fills one workspace's read-model cache by asking the server itself for the dashboard's pages
 * (through `inject`, with a session made for the purpose and ended after), and keeps it warm: after
 * every write to the workspace the same pages are asked for again, two seconds after the last write.
 */
export async function warmDashboard(
  app: FastifyInstance,
  workspaces: Workspaces,
  workspaceId: string,
): Promise<number> {
  const data = await workspaces.data(workspaceId);
  let timer: NodeJS.Timeout | undefined;
  const warm = async () => {
    const token = await createSession(workspaces.control);
    const started = performance.now();
    try {
      for (const path of WARM_PATHS) {
        if (data.closing) break;
        await app.inject({
          url: `/api/v1/workspaces/${workspaceId}${path}`,
          cookies: { [SESSION_COOKIE]: token },
        });
      }
      if (!data.closing) await data.profileRows();
    } finally {
      await workspaces.endSession(token);
    }
    return performance.now() - started;
  };
  data.onWritten = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      warm().catch((error: unknown) => app.log.error({ err: error }, 'warming the dashboard failed'));
    }, 2000);
    timer.unref();
  };
  return warm();
}
