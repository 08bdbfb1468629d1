import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeSyntheticTable } from '../../models/classifiers/synthetic/make-synthetic-table.ts';
import { trainTable } from './train-table.ts';

const dir = mkdtempSync(join(tmpdir(), 'patron-train-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function writeTable(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const base = { id: 'customer_id', model: 'logreg' as const, folds: 5, seed: 1, includeProtected: [] };

test('a CSV with numbers, categories, blanks, a protected column and a yes/no target', async () => {
  const { table, y } = makeSyntheticTable({ n: 600, d: 3, seed: 2, signal: 'logistic', missingShare: 0.1 });
  const lines = ['customer_id,x1,x2,x3,plan,Gender,marital_status,usage_hours,churned'];
  for (let i = 0; i < table.n; i++) {
    const cells = table.columns.map((c) => {
      const v = c.values[i];
      return typeof v === 'number' ? (Number.isNaN(v) ? '' : v.toFixed(5)) : (v ?? '');
    });
    lines.push([`c${i}`, ...cells, i % 2 ? 'F' : 'M', 'single', i % 7, y[i] ? 'Yes' : 'No'].join(','));
  }
  const file = writeTable('churn.csv', lines);
  const { report, scored } = await trainTable({ ...base, file, target: 'churned', scoreRows: true });
  assert.deepEqual(report.inputs, ['x1', 'x2', 'x3', 'plan', 'usage_hours']);
  assert.deepEqual(report.protected_excluded, [
    { column: 'Gender', attribute: 'gender' },
    { column: 'marital_status', attribute: 'marital status' },
  ]);
  assert.equal(report.auc_folds.length, 5);
  assert.ok(report.auc_mean > 0.75);
  assert.equal(report.top_features[0]!.feature, 'x1');
  assert.equal(scored.length, 600);
  assert.equal(scored[0]!.id, 'c0');
  assert.match(scored[0]!.reasons[0]!, /^(x1|x2|x3|plan|usage_hours)( = .*| missing) \([+−]\)$/);
  const enabled = await trainTable({ ...base, file, target: 'churned', includeProtected: ['Gender'] });
  assert.ok(enabled.report.inputs.includes('Gender'));
  assert.deepEqual(enabled.report.protected_included, [{ column: 'Gender', attribute: 'gender' }]);
});

test('bad input names the file, row and column and says how to fix it', async () => {
  const ok = Array.from({ length: 30 }, (_, i) => `k${i},${i},${i % 2}`);
  const file = writeTable('t.csv', ['customer_id,x,target', ...ok]);
  await assert.rejects(trainTable({ ...base, file, target: 'tagret' }), {
    code: 'unknown_column',
    message: /no column "tagret".*Did you mean "target"/,
  });
  const oneClass = writeTable('one.csv', ['customer_id,x,target', ...ok.map((l) => l.replace(/,\d$/, ',1'))]);
  await assert.rejects(
    trainTable({ ...base, file: oneClass, target: 'target' }),
    (error: Error & { location?: object }) => {
      assert.match(error.message, /one\.csv: Every row has target = 1: .* Add rows where target is 0\./);
      assert.deepEqual(error.location, { column: 'target', file: oneClass });
      return true;
    },
  );
  const text = writeTable('text.csv', ['customer_id,x,target', ...ok.slice(0, 5), 'k99,3,maybe']);
  await assert.rejects(
    trainTable({ ...base, file: text, target: 'target' }),
    (error: Error & { location?: object }) => {
      assert.match(error.message, /text\.csv row 7: target is "maybe"/);
      assert.deepEqual(error.location, { file: text, row: 7, column: 'target' });
      return true;
    },
  );
  const duplicate = writeTable('dup.csv', ['customer_id,x,target', ...ok, 'k3,1,0']);
  await assert.rejects(trainTable({ ...base, file: duplicate, target: 'target' }), {
    code: 'duplicate_id',
    message: /rows 5 and 32/,
  });
  await assert.rejects(trainTable({ ...base, file: join(dir, 'missing.csv'), target: 'target' }), {
    code: 'file_not_found',
  });
});
