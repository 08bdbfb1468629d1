import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore, type Store, sql } from '../../store/index.ts';
import { rowsOf, TABLES, tableCounts } from '../messy/corpus-harness.ts';

const SEED = Number(process.env.PATRON_CRASH_SEED ?? 7);
const LINES = 300_000;
const ATTEMPTS = Number(process.env.PATRON_CRASH_ATTEMPTS ?? 5);
const REIMPORT_ATTEMPTS = Number(process.env.PATRON_CRASH_REIMPORT_ATTEMPTS ?? 3);
const CHILD = join(import.meta.dirname, 'crash-import-child.ts');

const dir = mkdtempSync(join(tmpdir(), 'patron-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** mulberry32: a small seeded generator, so kill times repeat from run to run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Three lines per order, 5 000 customers; every 997th line has no date (quarantined). */
async function writeOrders(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('order_id,order_date,customer_id,email,sku,quantity,unit_price\n');
  for (let i = 0; i < LINES; i++) {
    const order = Math.floor(i / 3);
    const customer = order % 5_000;
    const date =
      i % 997 === 0
        ? ''
        : `2024-${String(1 + (order % 12)).padStart(2, '0')}-${String(1 + (order % 28)).padStart(2, '0')}`;
    const line = `O${order},${date},C${customer},c${customer}@example.com,S${i % 200},${1 + (i % 4)},${(i % 997) / 10}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface ChildRun {
  killed: boolean;
  /** Milliseconds from spawn until the child had opened the store, and until it ended. */
  openedMs: number | undefined;
  endedMs: number;
}

/** Runs the import in a child process; with `killAfterMs`, SIGKILLs it that long after spawn. */
async function runChild(db: string, csv: string, killAfterMs?: number): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, csv], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let openedMs: number | undefined;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    if (openedMs === undefined && chunk.toString().includes('opened')) openedMs = performance.now() - started;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  const killed = signal === 'SIGKILL';
  if (!killed) assert.equal(code, 0, `the import child failed: ${stderr}`);
  return { killed, openedMs, endedMs: performance.now() - started };
}

/** What a store holds: every table's row count, the money in orders, and the import runs. */
async function snapshot(store: Store) {
  const [money] = await rowsOf(
    store,
    sql`SELECT (SELECT coalesce(sum(amount), 0)::VARCHAR FROM orders) AS orders_amount,
      (SELECT coalesce(sum(amount), 0)::VARCHAR FROM order_lines) AS lines_amount`,
  );
  const runs = await rowsOf(
    store,
    sql`SELECT import_id, rows_read, rows_loaded, rows_quarantined, rows_duplicate FROM import_runs ORDER BY import_id`,
  );
  return { counts: await tableCounts(store), money, runs };
}

test('an import killed at any moment leaves none of it or all of it', async (t) => {
  const csv = join(dir, 'orders.csv');
  await writeOrders(csv);

  const referenceDb = join(dir, 'reference.duckdb');
  const complete = await runChild(referenceDb, csv);
  const store = await openStore(referenceDb);
  const all = await snapshot(store);
  store.close();
  assert.equal(
    all.counts.order_lines,
    LINES - Math.ceil(LINES / 997),
    'the reference import loaded every valid line',
  );
  assert.equal(all.runs.length, 1);
  assert.equal(all.runs[0]?.rows_loaded, all.counts.order_lines);
  assert.equal(all.runs[0]?.rows_quarantined, all.counts.quarantine);
  t.diagnostic(
    `complete run: store opened after ${complete.openedMs?.toFixed(0)} ms, ended after ${complete.endedMs.toFixed(0)} ms`,
  );

  const next = random(SEED);
  // Anywhere from just after the store opens to a little past the end of a complete run.
  const killTime = () => {
    const opened = complete.openedMs ?? 0;
    return opened + next() * (complete.endedMs * 1.1 - opened);
  };
  const outcomes: string[] = [];
  const note = (label: string, ms: number, run: ChildRun, kept: string) =>
    outcomes.push(`${label} kill at ${ms.toFixed(0)} ms: ${run.killed ? 'killed' : 'finished'}, ${kept}`);

  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const db = join(dir, `killed-${attempt}.duckdb`);
    const killAfterMs = killTime();
    const run = await runChild(db, csv, killAfterMs);
    const reopened = await openStore(db);
    try {
      const state = await snapshot(reopened);
      const none = state.counts.orders === 0;
      if (none) {
        assert.deepEqual(
          state.counts,
          Object.fromEntries(TABLES.map((table) => [table, 0])),
          `attempt ${attempt}: no orders, so nothing else either`,
        );
      } else {
        assert.deepEqual(state, all, `attempt ${attempt}: some orders, so all of the import`);
      }
      assert.ok(run.killed || !none, `attempt ${attempt}: a child that finished left its import`);
      note('import', killAfterMs, run, none ? 'none' : 'all');
      // The reopened store must still take writes (its WAL was replayed and is usable).
      await reopened.run(sql`CHECKPOINT`);
    } finally {
      reopened.close();
    }
  }

  // A re-import adds nothing but a run and its quarantined rows: worked out from the first import.
  const first = all.runs[0] as Record<string, unknown>;
  const again = {
    counts: { ...all.counts, quarantine: all.counts.quarantine * 2, import_runs: 2 },
    money: all.money,
    runs: [first, { ...first, import_id: 2, rows_loaded: 0, rows_duplicate: first.rows_loaded }],
  };
  for (let attempt = 1; attempt <= REIMPORT_ATTEMPTS; attempt++) {
    const db = join(dir, `reimport-${attempt}.duckdb`);
    copyFileSync(referenceDb, db);
    const killAfterMs = killTime();
    const run = await runChild(db, csv, killAfterMs);
    const reopened = await openStore(db);
    try {
      const state = await snapshot(reopened);
      const second = state.runs.length === 2;
      assert.deepEqual(state, second ? again : all, `re-import attempt ${attempt}`);
      assert.ok(run.killed || second, `re-import attempt ${attempt}: a child that finished left its run`);
      note('re-import', killAfterMs, run, second ? 'all' : 'none');
    } finally {
      reopened.close();
    }
  }
  t.diagnostic(outcomes.join('; '));
});
