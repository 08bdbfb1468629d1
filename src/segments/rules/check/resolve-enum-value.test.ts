import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveEnumValue } from './resolve-enum-value.ts';

test('enum values match ignoring case, spaces, underscores and hyphens', () => {
  const stages = ['new', 'at_risk', 'lapsed'];
  assert.equal(resolveEnumValue('at risk', stages), 'at_risk');
  assert.equal(resolveEnumValue(' AT-RISK ', stages), 'at_risk');
  assert.equal(resolveEnumValue('New', stages), 'new');
  assert.equal(resolveEnumValue('atrisk', stages), undefined);
  assert.equal(resolveEnumValue("can't lose them", ["Can't Lose Them"]), "Can't Lose Them");
});
