export * from './analysis.ts';
export * from './api-error.ts';
export * from './auth.ts';
export * from './health.ts';
export * from './overview.ts';
export * from './public-id.ts';
export * from './segments.ts';
export * from './workspaces.ts';
