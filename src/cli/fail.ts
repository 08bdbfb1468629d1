import pc from 'picocolors';
import { PatronError } from '../errors/index.ts';

/** Prints an error the way a shop owner can act on it, and sets a failing exit code. */
export function reportError(error: unknown, json: boolean): void {
  process.exitCode = 1;
  if (error instanceof PatronError) {
    if (json)
      console.log(
        JSON.stringify({
          error: { code: error.code, message: error.message, location: error.location ?? null },
        }),
      );
    else console.error(`${pc.red('error')} ${pc.dim(`[${error.code}]`)} ${error.message}`);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (json) console.log(JSON.stringify({ error: { code: 'internal_error', message } }));
  else
    console.error(
      `${pc.red('internal error')} ${message}\n${pc.dim('This is a bug in Patron; please report it with the command you ran.')}`,
    );
}
