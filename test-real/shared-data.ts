import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A file in ../shared/data beside the project (real public data, never copied into the repo). */
export function sharedData(...parts: string[]): string {
  const path = resolve(import.meta.dirname, '..', '..', 'shared', 'data', ...parts);
  if (!existsSync(path))
    throw new Error(`${path} is missing: test:real needs ../shared/data beside the project`);
  return path;
}

export const tempDb = (dir: string, name = 'patron.duckdb') => join(dir, name);
