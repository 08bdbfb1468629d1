// Child process for store.test's "closing under a running query" case: starts a query that runs
// for minutes, closes the store (or stops its statements) 300 ms later, then exits.
import { openStore, sql } from './index.ts';

const [path, mode] = process.argv.slice(2);
const store = await openStore(path ?? ':memory:');
const query = store.one(sql`SELECT count(*) AS n FROM range(5000000000) a`);
const outcome = query.then(
  () => 'finished',
  (error: unknown) => (String(error).includes('Interrupted') ? 'interrupted' : `failed: ${String(error)}`),
);
await new Promise((resolve) => setTimeout(resolve, 300));
if (mode === 'stop') {
  await store.stopStatements();
  store.close();
} else {
  store.close();
}
console.log(await outcome);
process.exit(0);
