import { z } from 'zod';

export const LoginRequest = z.object({ password: z.string().min(1).max(200) });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const WorkspaceSummary = z.object({ id: z.string(), name: z.string() });
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

export const Me = z.object({
  user: z.object({
    kind: z.enum(['admin', 'api_key']),
    name: z.string(),
  }),
  workspaces: z.array(WorkspaceSummary),
});
export type Me = z.infer<typeof Me>;

export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;

export const LoginLinkQuery = z.object({ token: z.string().min(1).max(200) });
export type LoginLinkQuery = z.infer<typeof LoginLinkQuery>;
