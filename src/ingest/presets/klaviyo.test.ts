import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from '../../store/index.ts';
import { importFixture } from './import-fixture.ts';

test('Klaviyo profiles: keyed by Klaviyo ID, Email Marketing Consent mapped, other properties as attributes', async () => {
  const { store, result: r } = await importFixture('klaviyo-profiles.csv');
  assert.equal(r.source, 'klaviyo-profiles');
  assert.equal(r.kind, 'customers');
  assert.equal(r.rows_read, 3);
  assert.equal(r.rows_loaded, 3);
  assert.equal(r.rows_quarantined, 0);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.customers, 3);
  const consents =
    await store.all(sql`SELECT c.email, k.channel, k.status FROM consents k JOIN customers c USING (customer_id)
      ORDER BY c.email`);
  assert.deepEqual(consents, [
    { email: 'jane@example.com', channel: 'email', status: 'subscribed' },
    { email: 'lee@example.com', channel: 'email', status: 'never_subscribed' },
    { email: 'sam@example.com', channel: 'email', status: 'unsubscribed' },
  ]);
  const jane = await store.one(sql`SELECT phone, city, region, country, postal_code, signup_channel,
      strftime(signup_at, '%Y-%m-%d') AS signup FROM customers WHERE email = 'jane@example.com'`);
  assert.deepEqual(jane, {
    phone: '+15555550100',
    city: 'Springfield',
    region: 'Illinois',
    country: 'US',
    postal_code: '62701',
    signup_channel: 'Shopify',
    signup: '2023-11-02',
  });
  const attributes =
    await store.all(sql`SELECT a.name, a.value FROM customer_attributes a JOIN customers c USING (customer_id)
      WHERE c.email = 'sam@example.com' ORDER BY a.name`);
  assert.deepEqual(attributes, [
    { name: 'Date Added', value: '2024-02-10 12:00:00' },
    { name: 'Email Marketing Consent Timestamp', value: '2024-08-12 16:20:00' },
    { name: 'Email Suppressions', value: 'UNSUBSCRIBED' },
    { name: 'Historic Customer Lifetime Value', value: '40.00' },
    { name: 'Historic Number Of Orders', value: '1' },
    { name: 'Total Customer Lifetime Value', value: '40.00' },
  ]);
  store.close();
});
