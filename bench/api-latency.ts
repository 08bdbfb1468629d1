import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '../src/demo/index.ts';
import { createSegment } from '../src/segments/index.ts';
import { buildServer } from '../src/server/index.ts';
import { openStore, sql } from '../src/store/index.ts';
import { setAdminPassword, Workspaces } from '../src/workspaces/index.ts';
import { BENCH_SEGMENTS } from './segments-refresh.ts';

const PASSWORD = 'bench password';
const REPEATS = Number(process.env.BENCH_API_REPEATS ?? 40);

function percentile(sorted: readonly number[], p: number): number {
  // Nearest-rank percentile.
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * p50 and p95 latency of the dashboard's endpoints over real HTTP on loopback (the client in a child
 * process, as a browser is), on a demo database
 * of `customers` customers with 5 saved segments. The first (cold) request of each endpoint is shown
 * apart: read models are cached per workspace until the next write. `BENCH_API_DB` reuses a database
 * file built earlier (it is not deleted).
 */
export async function benchApiLatency(customers: number): Promise<Record<string, string | number>[]> {
  const reuse = process.env.BENCH_API_DB;
  const dir = mkdtempSync(join(tmpdir(), 'patron-bench-api-'));
  const db = reuse ?? join(dir, 'bench.duckdb');
  let buildSeconds = 0;
  if (!reuse || !existsSync(reuse)) {
    const store = await openStore(db);
    buildSeconds = (await loadDemo(store, customers, 7)).seconds;
    for (const [name, rule] of BENCH_SEGMENTS.slice(0, 5)) await createSegment(store, { name, rule });
    store.close();
  }
  const workspaces = await Workspaces.open(db);
  try {
    await setAdminPassword(workspaces.control, PASSWORD);
    const app = await buildServer({
      workspaces,
      webDist: null,
      rateLimit: { max: 1_000_000, windowMs: 60_000 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const data = await workspaces.data('default');
    const live = await data.read((s) =>
      s.one<{ n: bigint; id: bigint }>(
        sql`SELECT count(*) AS n, max(customer_id) AS id FROM customer_profile`,
      ),
    );
    const top = Number(live?.id ?? 1);
    const w = `${base}/api/v1/workspaces/default`;
    const endpoints: [string, string, (i: number) => { url: string; body?: unknown }][] = [
      ['GET', 'health', () => ({ url: `${base}/api/v1/health` })],
      ['GET', 'auth/me', () => ({ url: `${base}/api/v1/auth/me` })],
      ['GET', 'overview', () => ({ url: `${w}/overview` })],
      ['GET', 'rfm', () => ({ url: `${w}/rfm` })],
      ['GET', 'lifecycle', () => ({ url: `${w}/lifecycle` })],
      ['GET', 'cohorts', () => ({ url: `${w}/cohorts` })],
      ['GET', 'value-tiers', () => ({ url: `${w}/value-tiers` })],
      ['GET', 'segments (with KPIs)', () => ({ url: `${w}/segments` })],
      ['GET', 'segments/catalogue', () => ({ url: `${w}/segments/catalogue` })],
      ['GET', 'segments/overlap', () => ({ url: `${w}/segments/overlap` })],
      ['GET', 'customers (first page)', () => ({ url: `${w}/customers?limit=50` })],
      [
        'GET',
        'customers?q= (varying)',
        (i) => ({ url: `${w}/customers?q=${['smith', 'jones', 'emma', 'oli', 'taylor'][i % 5]}${i}` }),
      ],
      [
        'GET',
        'customers?rule= (varying)',
        (i) => ({ url: `${w}/customers?rule=${encodeURIComponent(`number_of_orders >= ${1 + (i % 40)}`)}` }),
      ],
      [
        'GET',
        'customers/:id (varying)',
        (i) => ({ url: `${w}/customers/default_${1 + ((i * 7919) % top)}` }),
      ],
      [
        'POST',
        'segments/preview (varying)',
        (i) => ({
          url: `${w}/segments/preview`,
          body: { rule: `amount_spent > ${10 + i} AND number_of_orders >= 2` },
        }),
      ],
      ['GET', 'imports', () => ({ url: `${w}/imports` })],
    ];
    // The client runs in a child process, so this process's event loop only serves.
    const job = {
      cookie,
      endpoints: endpoints.map(([method, , make]) => ({
        method,
        requests: Array.from({ length: REPEATS + 1 }, (_, i) => make(i)),
      })),
    };
    const times = JSON.parse(await runClient(JSON.stringify(job))) as number[][];
    const rows: Record<string, string | number>[] = [];
    endpoints.forEach(([method, name], e) => {
      const [cold = 0, ...warm] = times[e] ?? [];
      warm.sort((a, b) => a - b);
      const p95 = percentile(warm, 0.95);
      rows.push({
        endpoint: `${method} ${name}`,
        'cold ms': cold.toFixed(1),
        'p50 ms': percentile(warm, 0.5).toFixed(1),
        'p95 ms': p95.toFixed(1),
        'p95 < 50 ms': p95 < 50 ? 'yes' : 'NO',
      });
    });
    rows.push({
      endpoint: `(${Number(live?.n).toLocaleString('en-GB')} customers, ${REPEATS} requests each after 1 cold; ${buildSeconds ? `demo built in ${buildSeconds.toFixed(0)} s` : `reused ${db}`})`,
      'cold ms': '',
      'p50 ms': '',
      'p95 ms': '',
      'p95 < 50 ms': '',
    });
    await app.close();
    return rows;
  } finally {
    await workspaces.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs bench/api-client-child.ts with `job` on stdin; resolves with what it prints. */
function runClient(job: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'api-client-child.ts')],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`the API client exited ${code}`)),
    );
    child.stdin.end(job);
  });
}
