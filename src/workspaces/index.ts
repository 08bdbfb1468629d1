export {
  checkAdminPassword,
  hasAdminPassword,
  hashPassword,
  setAdminPassword,
  verifyPassword,
} from './admin-password.ts';
export { type ApiKeyRecord, createApiKey, findApiKey, listApiKeys, revokeApiKey } from './api-keys.ts';
export { type ImportJob, ImportJobs, type ImportSettings } from './import-jobs.ts';
export { consumeLoginLink, createLoginLink } from './login-links.ts';
export { hashToken } from './secret-token.ts';
export { createSession, deleteSession, isSessionValid } from './sessions.ts';
export { WorkspaceData } from './workspace-data.ts';
export {
  DEFAULT_WORKSPACE_ID,
  type WorkspaceRecord,
  Workspaces,
  workspacePaths,
} from './workspace-registry.ts';
