import { z } from 'zod';

export const WorkspaceParams = z.object({ workspaceId: z.string().min(1).max(64) });
export type WorkspaceParams = z.infer<typeof WorkspaceParams>;

export const WorkspaceList = z.object({
  workspaces: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type WorkspaceList = z.infer<typeof WorkspaceList>;

export const CreateWorkspaceRequest = z.object({ name: z.string().trim().min(1).max(80) });
export type CreateWorkspaceRequest = z.infer<typeof CreateWorkspaceRequest>;

export const CreateApiKeyRequest = z.object({ name: z.string().trim().min(1).max(80) });
export type CreateApiKeyRequest = z.infer<typeof CreateApiKeyRequest>;

export const ApiKeyInfo = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('the first characters of the key, to recognise it'),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
});
export type ApiKeyInfo = z.infer<typeof ApiKeyInfo>;

export const CreatedApiKey = ApiKeyInfo.extend({
  key: z.string().describe('the secret key: shown this once, stored only as a hash'),
});
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;

export const ApiKeyList = z.object({ keys: z.array(ApiKeyInfo) });
export type ApiKeyList = z.infer<typeof ApiKeyList>;
