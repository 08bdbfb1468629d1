import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore, sql } from '../../store/index.ts';
import { dateExpr } from './date-expr.ts';
import { DMY, ISO, MDY, TEXT, YMD_COMPACT } from './date-formats.ts';
import { inferDateFormat } from './infer-date-format.ts';
import { inferNumberStyle, numberExpr } from './number-expr.ts';

const store = await openStore(':memory:');
const value = async (expr: ReturnType<typeof sql>) =>
  (await store.one<{ v: unknown }>(sql`SELECT CAST(${expr} AS VARCHAR) AS v`))?.v ?? null;

test('numbers: plain, symbols, separators, parentheses and trailing minus', async () => {
  const cases: [string, 'point' | 'comma', string | null][] = [
    ['2.55', 'point', '2.5500'],
    ['$1,149.00', 'point', '1149.0000'],
    ['(9.00)', 'point', '-9.0000'],
    ['£ 12.5', 'point', '12.5000'],
    ['12.50-', 'point', '-12.5000'],
    ['-$3.20', 'point', '-3.2000'],
    ['1.234,56', 'comma', '1234.5600'],
    ['9,5 €', 'comma', '9.5000'],
    ['abc', 'point', null],
    ['12abc', 'point', null],
  ];
  for (const [raw, style, expected] of cases)
    assert.equal(await value(numberExpr(sql`${raw}`, style)), expected, raw);
});

test('number style is inferred per column', async () => {
  await store.run(sql`CREATE OR REPLACE TABLE n (a VARCHAR, b VARCHAR)`);
  await store.run(sql`INSERT INTO n VALUES ('1.234,56', '1,234.56'), ('9,50', '9.50'), ('3', '3')`);
  assert.equal(await inferNumberStyle(store, 'n', sql.ident('a')), 'comma');
  assert.equal(await inferNumberStyle(store, 'n', sql.ident('b')), 'point');
});

test('dates of each family, with and without time; offsets keep the wall-clock time', async () => {
  const cases: [string, typeof ISO, string | null][] = [
    ['2010-12-01 08:26:00', ISO, '2010-12-01 08:26:00'],
    ['2023-04-09 18:59:06 -0700', ISO, '2023-04-09 18:59:06'],
    ['2024-09-20T17:04:30Z', ISO, '2024-09-20 17:04:30'],
    ['12/1/2010 8:26', MDY, '2010-12-01 08:26:00'],
    ['13/01/2024', DMY, '2024-01-13 00:00:00'],
    ['19970101', YMD_COMPACT, '1997-01-01 00:00:00'],
    ['5 Mar 2024', TEXT, '2024-03-05 00:00:00'],
    ['31/02/2024', DMY, null],
  ];
  for (const [raw, family, expected] of cases)
    assert.equal(await value(dateExpr(sql`${raw}`, family)), expected, raw);
});

test('date inference: proof of order wins, ambiguity is an error, an override settles it', async () => {
  await store.run(sql`CREATE OR REPLACE TABLE d (us VARCHAR, eu VARCHAR, amb VARCHAR)`);
  await store.run(
    sql`INSERT INTO d VALUES ('12/13/2010', '13/12/2010', '01/02/2010'), ('1/2/2011', '1/2/2011', '03/04/2010')`,
  );
  assert.equal((await inferDateFormat(store, 'd', sql.ident('us'), 'us', 'f.csv')).family.id, 'MDY');
  assert.equal((await inferDateFormat(store, 'd', sql.ident('eu'), 'eu', 'f.csv')).family.id, 'DMY');
  await assert.rejects(inferDateFormat(store, 'd', sql.ident('amb'), 'amb', 'f.csv'), {
    code: 'ambiguous_date',
  });
  assert.equal((await inferDateFormat(store, 'd', sql.ident('amb'), 'amb', 'f.csv', 'DMY')).family.id, 'DMY');
});
