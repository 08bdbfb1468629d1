import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PatronError } from '../../errors/index.ts';
import { sniffFile } from '../sniff/index.ts';
import { choosePreset } from './choose-preset.ts';
import { PRESETS } from './registry.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;

/** Ids of every preset whose signature the header satisfies (asking for each one by id). */
function matchingPresets(headers: readonly string[]): string[] {
  return PRESETS.flatMap((preset) => {
    try {
      return choosePreset(headers, preset.id, 'header').preset ? [preset.id] : [];
    } catch (error) {
      if (error instanceof PatronError && error.code === 'source_mismatch') return [];
      throw error;
    }
  });
}

test('a generic canonical header matches no preset', () => {
  const headers =
    'order_id,order_date,customer_id,email,sku,product_name,category,quantity,unit_price,line_discount,channel,currency'.split(
      ',',
    );
  assert.deepEqual(matchingPresets(headers), []);
  assert.equal(choosePreset(headers, 'auto', 'generic.csv').preset, undefined);
});

test('each preset fixture is matched by its own preset and no other', async () => {
  const csvs = readdirSync(fixtures).filter((f) => f.endsWith('.csv'));
  assert.ok(csvs.length >= 13);
  for (const file of csvs) {
    const shape = await sniffFile(`${fixtures}${file}`);
    assert.ok('headers' in shape);
    const expected = file.replace(/(-one-day|-20\d\d)?\.csv$/, '');
    assert.deepEqual(matchingPresets(shape.headers), [expected], file);
    assert.equal(choosePreset(shape.headers, 'auto', file).preset?.id, expected, file);
  }
});

test('every header layout in the formats docs is recognised by exactly the right preset', () => {
  const rows = readFileSync(`${fixtures}header-layouts.tsv`, 'utf8').trim().split('\n').slice(1);
  assert.equal(rows.length, 43);
  for (const row of rows) {
    const [expected, header] = row.split('\t') as [string, string];
    const matches = matchingPresets(header.split(','));
    assert.deepEqual(matches, expected === 'none' ? [] : [expected], header.slice(0, 80));
  }
});

test('every preset is registered once and is exercised by a fixture', () => {
  const ids = PRESETS.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length);
  const covered = new Set(readdirSync(fixtures).map((f) => f.replace(/(-one-day|-20\d\d)?\.csv$/, '')));
  const untested = ids.filter((id) => !covered.has(id) && !id.startsWith('online-retail'));
  assert.deepEqual(untested, []);
});
