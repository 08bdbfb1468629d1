import assert from 'node:assert/strict';
import { test } from 'node:test';
import { protectedCategory } from './protected-attributes.ts';

test('protected attributes are matched by word, not by substring', () => {
  assert.equal(protectedCategory('age_band'), 'age');
  assert.equal(protectedCategory('AgeGroup'), 'age');
  assert.equal(protectedCategory('Gender'), 'gender');
  assert.equal(protectedCategory('survey_marital_status'), 'marital status');
  assert.equal(protectedCategory('ethnic-background'), 'ethnicity');
  assert.equal(protectedCategory('date_of_birth'), 'age');
  assert.equal(protectedCategory('health_conditions'), 'health');
  assert.equal(protectedCategory('religion'), 'religion');
  assert.equal(protectedCategory('average_order_value'), null);
  assert.equal(protectedCategory('usage'), null);
  assert.equal(protectedCategory('survey_favourite_treat'), null);
  assert.equal(protectedCategory('stage'), null);
});
