export { buildServer, DEFAULT_WEB_DIST, type PatronServer, type ServerOptions } from './build-server.ts';
export { warmDashboard } from './warm-dashboard.ts';
