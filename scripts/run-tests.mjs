// Node 20's test runner takes file paths, not globs: collect *.test.ts under the given folders.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const roots = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('--'));
const files = roots.flatMap((r) => collect(r, [])).sort();
if (files.length === 0) {
  console.error(`no test files under ${roots.join(', ')}`);
  process.exit(1);
}
// A test that runs five minutes is stuck (the slowest take about one): it fails with its name
// instead of hanging the run, and a file whose test left a handle open is ended, not waited on.
const guards = ['--test-timeout=300000', '--test-force-exit'];
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...guards, ...passThrough, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
