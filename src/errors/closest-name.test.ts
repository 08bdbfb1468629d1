import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestName } from './index.ts';

test('the nearest name within a typo distance, ignoring case', () => {
  const names = ['number_of_orders', 'number_of_returns', 'amount_spent', 'city'];
  assert.equal(closestName('numbr_of_orders', names), 'number_of_orders');
  assert.equal(closestName('NUMBER_OF_RETURN', names), 'number_of_returns');
  assert.equal(closestName('amount_spend', names), 'amount_spent');
  assert.equal(closestName('cty', names), 'city');
  assert.equal(closestName('zzz', names), undefined);
  assert.equal(closestName('anything', []), undefined);
});
