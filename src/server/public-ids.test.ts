import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PatronError } from '../errors/index.ts';
import { fromPublicId, toPublicId } from './public-ids.ts';

test('a public id round-trips in its own workspace', () => {
  assert.equal(toPublicId('default', 42), 'default_42');
  assert.equal(fromPublicId('default', 'default_42'), 42);
  assert.equal(fromPublicId('w1a2b3c4d', toPublicId('w1a2b3c4d', 7n)), 7);
});

test('another workspace’s id, or a malformed one, is not_found', () => {
  for (const id of [
    'w1a2b3c4d_42',
    '42',
    'default_',
    'default_-1',
    'default_4.2',
    '_42',
    'default_42_x',
    'default_9007199254740993',
  ])
    assert.throws(
      () => fromPublicId('default', id),
      (e: unknown) => e instanceof PatronError && e.code === 'not_found',
      id,
    );
});
