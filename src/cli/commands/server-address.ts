/** PORT and HOST from the environment, defaulting to 127.0.0.1:3000. */
export function serverAddress(env: NodeJS.ProcessEnv = process.env): { port: number; host: string } {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got '${env.PORT}'`);
  return { port, host: env.HOST ?? '127.0.0.1' };
}
