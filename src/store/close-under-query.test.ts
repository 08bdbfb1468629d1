import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./close-under-query-child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'patron-close-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// DuckDB's close under a running query leaves the process unable to exit (it hung CI for 90
// minutes once). The child gets a minute; a hang is killed and fails the test.
for (const mode of ['close', 'stop'] as const) {
  test(`${mode === 'close' ? 'close()' : 'stopStatements() then close()'} under a running query interrupts it and the process exits`, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', child, join(dir, `${mode}.duckdb`), mode], {
      encoding: 'utf8',
      timeout: 60_000,
      killSignal: 'SIGKILL',
    });
    assert.equal(run.signal, null, `the child was still running after a minute: ${run.stdout}${run.stderr}`);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'interrupted');
  });
}
