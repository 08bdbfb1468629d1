import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_IMPORT_OPTIONS, importFile } from '../ingest/index.ts';
import { refreshDerived } from '../pipeline/index.ts';
import { openStore, type Store, sql } from '../store/index.ts';
import { clusteringDetail } from './clustering-detail.ts';
import { compareVersions } from './compare-versions.ts';
import { listClusterings } from './list-clusterings.ts';
import { refitClustering } from './refit-clustering.ts';
import { renameCluster } from './rename-cluster.ts';
import { runClustering } from './run-clustering.ts';
import { saveClustering } from './save-clustering.ts';

const HEADER = 'order_id,order_date,customer_id,sku,product_name,category,quantity,unit_price';

/** Regulars order every 12 days for ~6 months at 40; one-timers once, early, at 5. */
function orders(regulars: number[], oneTimers: number[], prefix: string): string {
  const lines: string[] = [];
  let n = 0;
  const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
  for (const r of regulars)
    for (let v = 0; v < 15; v++)
      lines.push(
        `${prefix}${n++},${day(20 + v * 12 + (r % 3))},R${r},BRD,Sourdough,Bread,2,${20 + (r % 4)}.00`,
      );
  for (const o of oneTimers)
    lines.push(`${prefix}${n++},${day(5 + (o % 7))},O${o},CAK,Brownie,Cakes,1,${4 + (o % 3)}.00`);
  // One order on the last day keeps the analysis date fixed across imports.
  lines.push(`${prefix}${n++},${day(210)},R1,BRD,Sourdough,Bread,1,20.00`);
  return [HEADER, ...lines, ''].join('\n');
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function clusterOf(store: Store, external: string, version: number): Promise<string | undefined> {
  const row = await store.one<{ name: string }>(sql`SELECT c.name FROM customer_clusters cc
    JOIN customer_identities i ON i.customer_id = cc.customer_id AND i.kind = 'external' AND i.value = ${`generic:${external}`}
    JOIN clusters c ON c.clustering_id = cc.clustering_id AND c.version = cc.version AND c.cluster_no = cc.cluster_no
    WHERE cc.version = ${version}`);
  return row?.name;
}

test('save → import more customers → they are assigned and enter the segment; refit makes version 2 with a movement table', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'patron-clusters-'));
  const first = join(dir, 'first.csv');
  const second = join(dir, 'second.csv');
  writeFileSync(first, orders(range(1, 30), range(1, 30), 'A'));
  writeFileSync(second, orders(range(31, 36), range(31, 36), 'B'));
  const store = await openStore(':memory:');
  await importFile(store, first, { ...DEFAULT_IMPORT_OPTIONS });
  await refreshDerived(store);

  const preview = await runClustering(store, {
    features: 'rfm',
    k: { mode: 'auto' },
    nInit: 4,
    stabilityResamples: 5,
  });
  assert.equal(preview.k, 2, preview.reason);
  assert.deepEqual(
    preview.per_k.map((p) => p.k),
    [2, 3, 4, 5, 6, 7, 8],
  );
  assert.ok(preview.reason.includes('k = 2'));
  assert.deepEqual(
    preview.inputs.used.map((u) => u.name),
    ['recency_days', 'number_of_orders', 'amount_spent'],
  );

  const saved = await saveClustering(store, {
    name: 'groups',
    features: 'rfm',
    k: { mode: 'fixed', k: 2 },
    nInit: 4,
    stabilityResamples: 5,
  });
  assert.equal(saved.version, 1);
  assert.equal(saved.segments.length, 2);
  assert.deepEqual(saved.segments.map((s) => s.members).sort(), [30, 30]);
  const regularsName = await clusterOf(store, 'R5', 1);
  const oneTimersName = await clusterOf(store, 'O5', 1);
  assert.ok(regularsName && oneTimersName && regularsName !== oneTimersName);
  assert.match(oneTimersName, /one-time|low spenders/i);

  await importFile(store, second, { ...DEFAULT_IMPORT_OPTIONS });
  const refresh = await refreshDerived(store);
  assert.deepEqual(refresh.clusters, [{ clustering: 'groups', version: 1, assigned: 12 }]);
  assert.equal(await clusterOf(store, 'R33', 1), regularsName);
  assert.equal(await clusterOf(store, 'O33', 1), oneTimersName);
  const segment = saved.segments.find((s) => s.cluster === 0);
  const joined = refresh.segments.find((s) => s.name === segment?.segment);
  assert.equal(joined?.entered, 6);
  // A second refresh assigns nobody again.
  assert.deepEqual((await refreshDerived(store)).clusters, [
    { clustering: 'groups', version: 1, assigned: 0 },
  ]);

  const renamed = await renameCluster(store, 'groups', regularsName, {
    name: 'Bread regulars',
    description: 'Our sourdough club.',
  });
  assert.equal(renamed.segment, 'groups - Bread regulars');
  const members = await store.one<{
    n: bigint;
  }>(sql`SELECT count(*) AS n FROM segment_members m JOIN segments s USING (segment_id)
    WHERE s.name = 'groups - Bread regulars' AND m.exited_at IS NULL`);
  assert.equal(Number(members?.n), 36);

  const refit = await refitClustering(store, 'groups');
  assert.equal(refit.version, 2);
  assert.ok(
    refit.result.profiles.some((p) => p.name === 'Bread regulars' && p.description === 'Our sourdough club.'),
  );
  assert.equal(refit.movement.from_version, 1);
  assert.equal(refit.movement.to_version, 2);
  assert.equal(refit.movement.customers_in_both, 72);
  assert.equal(refit.movement.kept_together, 1);
  assert.deepEqual(
    refit.movement.moves.map((m) => [m.from_name, m.to_name, m.customers]).sort(),
    [
      ['Bread regulars', 'Bread regulars', 36],
      [oneTimersName, oneTimersName, 36],
    ].sort(),
  );
  assert.deepEqual(await compareVersions(store, 'groups', 1, 2), refit.movement);

  // A refit with another k: the new cluster gets a fresh, unique name and its own segment.
  const three = await refitClustering(store, 'groups', { k: { mode: 'fixed', k: 3 } });
  assert.equal(three.version, 3);
  assert.equal(new Set(three.result.profiles.map((p) => p.name)).size, 3);
  assert.equal(three.movement.customers_in_both, 72);
  assert.equal(three.movement.clusters.length, 2);
  const segmentCount = await store.one<{ n: bigint }>(
    sql`SELECT count(*) AS n FROM segments WHERE rule_text LIKE 'in_cluster(''groups''%'`,
  );
  // Both old clusters carry on (one of them split), so there is one new segment: three in all.
  assert.equal(Number(segmentCount?.n), 3);
  assert.ok(three.continues.filter((c) => c !== null).length === 2);

  const [listed] = await listClusterings(store);
  assert.equal(listed?.current_version, 3);
  assert.equal(listed?.versions, 3);
  const detail = await clusteringDetail(store, 'groups', 1);
  assert.equal(detail.assigned_since_fit, 12);
  assert.ok(detail.result.profiles.some((p) => p.name === 'Bread regulars'));
  store.close();
});

test('a Gaussian-mixture clustering assigns new customers by the most likely component, with its probability', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'patron-clusters-gmm-'));
  const first = join(dir, 'first.csv');
  const second = join(dir, 'second.csv');
  writeFileSync(first, orders(range(1, 25), range(1, 25), 'A'));
  writeFileSync(second, orders(range(26, 28), range(26, 28), 'B'));
  const store = await openStore(':memory:');
  await importFile(store, first, { ...DEFAULT_IMPORT_OPTIONS });
  await refreshDerived(store);
  const saved = await saveClustering(store, {
    name: 'soft',
    method: 'gmm',
    k: { mode: 'fixed', k: 2 },
    nInit: 3,
    stabilityResamples: 0,
    segments: false,
  });
  assert.equal(saved.result.method, 'gmm');
  assert.equal(saved.segments.length, 0);
  await importFile(store, second, { ...DEFAULT_IMPORT_OPTIONS });
  const refresh = await refreshDerived(store);
  assert.deepEqual(refresh.clusters, [{ clustering: 'soft', version: 1, assigned: 6 }]);
  assert.equal(await clusterOf(store, 'R27', 1), await clusterOf(store, 'R3', 1));
  assert.equal(await clusterOf(store, 'O27', 1), await clusterOf(store, 'O3', 1));
  const rows = await store.all<{ probability: number | null }>(
    sql`SELECT probability FROM customer_clusters WHERE source = 'assigned'`,
  );
  for (const r of rows) assert.ok(r.probability !== null && r.probability > 0.5 && r.probability <= 1);
  store.close();
});
