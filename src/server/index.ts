export { buildServer, type PatronServer, type ServerOptions } from './build-server.ts';
