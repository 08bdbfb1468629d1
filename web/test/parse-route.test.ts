import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRoute } from '../src/router/parse-route.ts';
import type { Route } from '../src/router/route.ts';
import { routeHref } from '../src/router/route-href.ts';

test('parseRoute reads every screen from the hash', () => {
  assert.deepEqual(parseRoute(''), { name: 'overview' });
  assert.deepEqual(parseRoute('#/'), { name: 'overview' });
  assert.deepEqual(parseRoute('#/rfm'), { name: 'rfm' });
  assert.deepEqual(parseRoute('#/segments'), { name: 'segments' });
  assert.deepEqual(parseRoute('#/segments/new'), { name: 'segment-builder', segmentId: null, rule: '' });
  assert.deepEqual(parseRoute('#/segments/default_3'), {
    name: 'segment-builder',
    segmentId: 'default_3',
    rule: '',
  });
  assert.deepEqual(parseRoute('#/customers?q=ann%40example.com'), {
    name: 'customers',
    query: 'ann@example.com',
  });
  assert.deepEqual(parseRoute('#/customers/default_42'), { name: 'customer', customerId: 'default_42' });
  assert.deepEqual(parseRoute('#/settings/api-keys'), { name: 'api-keys' });
});

test('parseRoute: unknown or too deep paths are not-found', () => {
  assert.deepEqual(parseRoute('#/nope'), { name: 'not-found', path: '/nope' });
  assert.deepEqual(parseRoute('#/rfm/extra'), { name: 'not-found', path: '/rfm/extra' });
  assert.deepEqual(parseRoute('#/customers/1/2'), { name: 'not-found', path: '/customers/1/2' });
  assert.deepEqual(parseRoute('#/settings'), { name: 'not-found', path: '/settings' });
  assert.deepEqual(parseRoute('#/settings/nope'), { name: 'not-found', path: '/settings/nope' });
  assert.deepEqual(parseRoute('#/api-keys'), { name: 'not-found', path: '/api-keys' });
});

test('routeHref is the inverse of parseRoute', () => {
  const routes: Route[] = [
    { name: 'overview' },
    { name: 'cohorts' },
    { name: 'imports' },
    { name: 'api-keys' },
    { name: 'segment-builder', segmentId: null, rule: "rfm_group = 'Can''t Lose Them'" },
    { name: 'segment-builder', segmentId: 'default_7', rule: '' },
    { name: 'customers', query: 'a b&c' },
    { name: 'customer', customerId: 'default_9' },
  ];
  for (const route of routes) assert.deepEqual(parseRoute(routeHref(route)), route);
});
