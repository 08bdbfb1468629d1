import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from '../../store/index.ts';
import { importFixture } from './import-fixture.ts';

test('HubSpot contacts: keyed by Record ID, non-marketing contacts recorded as never subscribed', async () => {
  const { store, result: r } = await importFixture('hubspot-contacts.csv');
  assert.equal(r.source, 'hubspot-contacts');
  assert.equal(r.kind, 'customers');
  assert.equal(r.rows_read, 3);
  assert.equal(r.rows_loaded, 3);
  assert.equal(r.rows_quarantined, 0);
  assert.equal(r.rows_duplicate, 0);
  // Robin has no email or phone: the Record ID alone is the key.
  assert.equal(r.customers, 3);
  const ids = await store.all(sql`SELECT value FROM customer_identities WHERE kind = 'external' ORDER BY 1`);
  assert.deepEqual(ids, [
    { value: 'hubspot:100000000001' },
    { value: 'hubspot:100000000002' },
    { value: 'hubspot:100000000003' },
  ]);
  // "Marketing contact" says nothing about opt-in, so Casey gets no consent row.
  const consents =
    await store.all(sql`SELECT c.first_name, k.channel, k.status FROM consents k JOIN customers c USING (customer_id)
      ORDER BY c.first_name`);
  assert.deepEqual(consents, [
    { first_name: 'Alex', channel: 'email', status: 'never_subscribed' },
    { first_name: 'Robin', channel: 'email', status: 'never_subscribed' },
  ]);
  const casey =
    await store.one(sql`SELECT email, company, strftime(signup_at, '%Y-%m-%d %H:%M') AS signup FROM customers
      WHERE first_name = 'Casey'`);
  assert.deepEqual(casey, {
    email: 'casey@company-a.example',
    company: 'Company A',
    signup: '2020-01-10 10:00',
  });
  const attributes = await store.all(
    sql`SELECT name, count(*) AS n FROM customer_attributes GROUP BY name ORDER BY name`,
  );
  assert.deepEqual(attributes, [
    { name: 'Contact owner', n: 1n },
    { name: 'Last Activity Date', n: 1n },
    { name: 'Lead Status', n: 2n },
  ]);
  store.close();
});
