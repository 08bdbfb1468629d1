import { PatronError } from '../../errors/index.ts';

/** PORT and HOST from the environment, defaulting to 127.0.0.1:3000. */
export function serverAddress(env: NodeJS.ProcessEnv = process.env): { port: number; host: string } {
  const port = Number(env.PORT ?? 3000);
  if (env.PORT?.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new PatronError(
      'invalid_port',
      `PORT (or --port) must be a whole number from 0 to 65535, got '${env.PORT}'. Example: PORT=3001 npm start.`,
    );
  return { port, host: env.HOST ?? '127.0.0.1' };
}

/** Why the server could not listen, in words that say what to do (undefined: not a listen failure). */
export function listenError(error: unknown, port: number, host: string): PatronError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const where = `${host}:${port}`;
  if (code === 'EADDRINUSE')
    return new PatronError(
      'port_in_use',
      `Port ${port} on ${host} is already in use, perhaps by another Patron. Stop that program, or choose another port: PORT=${port + 1} npm start, or patron serve --port ${port + 1}.`,
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return new PatronError(
      'host_unavailable',
      `This machine has no address ${host}, so Patron cannot listen on ${where}. Use HOST=127.0.0.1 (this machine only) or HOST=0.0.0.0 (every network).`,
    );
  if (code === 'EACCES')
    return new PatronError(
      'port_not_allowed',
      `This user may not listen on port ${port} (ports below 1024 need special rights). Choose a port above 1024, for example PORT=3000.`,
    );
  return undefined;
}
