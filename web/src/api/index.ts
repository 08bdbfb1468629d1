export { ApiError } from './api-error.ts';
export { apiFetch } from './api-fetch.ts';
export { API, workspacePath } from './api-paths.ts';
export { type ApiState, useApi } from './use-api.ts';
