import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchIdentities } from './match-identities.ts';

const key = (external: string | null, email: string | null, phone: string | null = null) => ({
  external,
  email,
  phone,
});

test('records sharing an external id, email or phone become one new customer', () => {
  const m = matchIdentities(
    [key('s:1', 'a@x.io'), key(null, 'a@x.io', '+441'), key(null, null, '+441'), key('s:2', null)],
    [],
    10,
  );
  assert.deepEqual(m.customerOf, [10, 10, 10, 11]);
  assert.deepEqual(m.newCustomerIds, [10, 11]);
  assert.equal(m.merges.length, 0);
  assert.equal(m.newIdentities.length, 4);
});

test('a record linking two known customers merges the newer into the older, naming the rule', () => {
  const known = [
    { kind: 'external' as const, value: 's:1', customerId: 3 },
    { kind: 'email' as const, value: 'b@x.io', customerId: 7 },
  ];
  const m = matchIdentities([key('s:1', 'b@x.io')], known, 20);
  assert.deepEqual(m.customerOf, [3]);
  assert.deepEqual(m.merges, [
    { keptCustomerId: 3, mergedCustomerId: 7, rule: 'email', matchedValue: 'b@x.io' },
  ]);
  assert.deepEqual(m.newCustomerIds, []);
});

test('external ids are matched before emails', () => {
  const known = [{ kind: 'email' as const, value: 'c@x.io', customerId: 5 }];
  const m = matchIdentities([key('s:9', null), key('s:9', 'c@x.io')], known, 1);
  assert.deepEqual(m.customerOf, [5, 5]);
  assert.equal(m.merges.length, 0);
});

test('known identities are not written again', () => {
  const known = [{ kind: 'email' as const, value: 'd@x.io', customerId: 2 }];
  const m = matchIdentities([key(null, 'd@x.io')], known, 1);
  assert.deepEqual(m.newIdentities, []);
});
