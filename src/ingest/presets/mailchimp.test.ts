import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from '../../store/index.ts';
import { importFixture } from './import-fixture.ts';

test('Mailchimp audience: contacts keyed by email, system columns kept as attributes', async () => {
  const { store, result: r } = await importFixture('mailchimp-audience.csv');
  assert.equal(r.source, 'mailchimp-audience');
  assert.equal(r.kind, 'customers');
  assert.equal(r.rows_read, 2);
  assert.equal(r.rows_loaded, 2);
  assert.equal(r.rows_quarantined, 0);
  assert.equal(r.rows_duplicate, 0);
  assert.equal(r.customers, 2);
  const people =
    await store.all(sql`SELECT email, first_name, country, region, strftime(signup_at, '%Y-%m-%d %H:%M:%S') AS signup
      FROM customers ORDER BY email`);
  assert.deepEqual(people, [
    {
      email: 'maya@example.edu',
      first_name: 'Maya',
      country: null,
      region: null,
      signup: '2016-04-18 13:51:14',
    },
    {
      email: 'rick@example.com',
      first_name: 'Rick Example',
      country: 'US',
      region: 'WA',
      signup: '2013-06-25 17:38:27',
    },
  ]);
  const attributes = await store.all(
    sql`SELECT name, count(*) AS n FROM customer_attributes GROUP BY name ORDER BY name`,
  );
  assert.deepEqual(attributes, [
    { name: 'CONFIRM_IP', n: 1n },
    { name: 'DSTOFF', n: 1n },
    { name: 'EUID', n: 2n },
    { name: 'GMTOFF', n: 1n },
    { name: 'LAST_CHANGED', n: 2n },
    { name: 'LATITUDE', n: 1n },
    { name: 'LEID', n: 2n },
    { name: 'LONGITUDE', n: 1n },
    { name: 'MEMBER_RATING', n: 2n },
    { name: 'TIMEZONE', n: 1n },
  ]);
  store.close();
});

test('Mailchimp audience: contacts of the subscribed file are recorded as subscribed', async () => {
  const { store } = await importFixture('mailchimp-files/subscribed_email_audience_export_15d17415eb.csv');
  const consents = await store.all(sql`SELECT channel, status, count(*) AS n FROM consents GROUP BY ALL`);
  assert.deepEqual(consents, [{ channel: 'email', status: 'subscribed', n: 2n }]);
  store.close();
});

test('Mailchimp audience: the cleaned file records cleaned, and nothing when the name has no status', async () => {
  const cleaned = await importFixture('mailchimp-files/cleaned_email_audience_export_15d17415eb.csv');
  assert.deepEqual(await cleaned.store.all(sql`SELECT status, count(*) AS n FROM consents GROUP BY ALL`), [
    { status: 'cleaned', n: 2n },
  ]);
  cleaned.store.close();
  const plain = await importFixture('mailchimp-audience.csv');
  assert.deepEqual(await plain.store.all(sql`SELECT count(*) AS n FROM consents`), [{ n: 0n }]);
  plain.store.close();
});
