// Test helpers that run the real `patron` CLI in a child process. Every wait is bounded and every
// child is killed when its test ends, so a stuck command fails its test instead of hanging the suite.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const PATRON_BIN = fileURLToPath(new URL('../../../bin/patron.js', import.meta.url));

/** Longest a single CLI command may take in a test before it is killed and reported. */
const COMMAND_TIMEOUT_MS = 240_000;

export interface PatronRun {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `patron --db DB ARGS…` to the end; a command still running after four minutes is killed. */
export function runPatron(db: string, args: string[], env: NodeJS.ProcessEnv = process.env): PatronRun {
  const run = spawnSync(process.execPath, [PATRON_BIN, '--db', db, ...args], {
    encoding: 'utf8',
    env,
    timeout: COMMAND_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (run.error)
    throw new Error(`patron ${args.join(' ')} did not finish: ${run.error.message}\n${run.stderr}`);
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A long-running `patron` command (such as `serve`) with its output collected as it comes. */
export class PatronProcess {
  readonly child: ChildProcess;
  output = '';
  private readonly exit: Promise<number | null>;

  constructor(db: string, args: string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [PATRON_BIN, '--db', db, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString();
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.exit = once(this.child, 'exit').then(([code]) => code as number | null);
  }

  /** Waits until the output matches, the process ends, or the time runs out (then throws with the output). */
  async waitFor(pattern: RegExp, timeoutMs = 120_000): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = pattern.exec(this.output);
      if (found) return found;
      if (this.child.exitCode !== null || this.child.signalCode !== null)
        throw new Error(
          `patron ended (${this.child.exitCode ?? this.child.signalCode}) before printing ${pattern}:\n${this.output}`,
        );
      if (Date.now() > deadline) throw new Error(`no ${pattern} after ${timeoutMs} ms:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The exit code, or a thrown error naming the output if the process is still running after the timeout. */
  async exited(timeoutMs = 60_000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`patron still running after ${timeoutMs} ms:\n${this.output}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exit, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills the process if it is still running (for `t.after`/`after` hooks). */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
