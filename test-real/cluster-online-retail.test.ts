import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runClustering, saveClustering } from '../src/clusters/index.ts';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../src/ingest/index.ts';
import { refreshDerived } from '../src/pipeline/index.ts';
import { openStore, sql } from '../src/store/index.ts';
import { sharedData } from './shared-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-real-clusters-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('Online Retail imported through Patron: RFM groups found, explained and saved as segments', async () => {
  const store = await openStore(join(dir, 'or.duckdb'));
  await importFile(store, sharedData('online-retail', 'online_retail.csv.gz'), { ...DEFAULT_IMPORT_OPTIONS });
  await refreshDerived(store);
  const customers = Number(
    (
      await store.one<{ n: bigint }>(
        sql`SELECT count(*) AS n FROM customer_profile WHERE number_of_orders > 0`,
      )
    )?.n,
  );
  const result = await runClustering(store, { features: 'rfm', k: { mode: 'auto' }, stabilityResamples: 10 });
  assert.equal(result.inputs.rows, customers);
  assert.deepEqual(
    result.per_k.map((p) => p.k),
    [2, 3, 4, 5, 6, 7, 8],
  );
  // Inertia falls with k; the chosen k is the best silhouette among k without a trivially small group.
  for (let i = 1; i < result.per_k.length; i++)
    assert.ok((result.per_k[i]?.inertia as number) < (result.per_k[i - 1]?.inertia as number));
  const eligible = result.per_k.filter((p) => p.smallest_share >= 0.02);
  const best = eligible.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  assert.equal(result.k, best.k, result.reason);
  assert.equal(
    result.profiles.reduce((s, p) => s + p.size, 0),
    customers,
  );
  assert.ok(Math.abs(result.profiles.reduce((s, p) => s + (p.revenue_share ?? 0), 0) - 1) < 1e-9);
  assert.equal(new Set(result.profiles.map((p) => p.name)).size, result.k);
  assert.ok(result.stability && result.stability.overall > 0.5, `stability ${result.stability?.overall}`);
  if (process.env.PATRON_VERBOSE) for (const p of result.profiles) console.log(p.name, '—', p.description);

  const saved = await saveClustering(store, {
    name: 'rfm groups',
    features: 'rfm',
    k: { mode: 'fixed', k: result.k },
  });
  assert.equal(
    saved.segments.reduce((s, x) => s + x.members, 0),
    customers,
  );
  store.close();
});
