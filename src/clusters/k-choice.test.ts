import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseKChoice } from './k-choice.ts';

test('--k reads auto, N and A..B, and refuses the rest plainly', () => {
  assert.deepEqual(parseKChoice('auto'), { mode: 'auto' });
  assert.deepEqual(parseKChoice(' 4 '), { mode: 'fixed', k: 4 });
  assert.deepEqual(parseKChoice('6..2'), { mode: 'range', min: 2, max: 6 });
  assert.throws(() => parseKChoice('0'), /between 1 and 50, not 0/);
  assert.throws(() => parseKChoice('2..99'), /between 1 and 50, not 99/);
  assert.throws(() => parseKChoice('many'), /auto, a number or a range/);
});
