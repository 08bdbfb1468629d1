import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from './sql.ts';

test('values become numbered parameters', () => {
  const r = sql`SELECT * FROM t WHERE a = ${1} AND b = ${'x'}`.render();
  assert.equal(r.text, 'SELECT * FROM t WHERE a = $1 AND b = $2');
  assert.deepEqual(r.values, [1, 'x']);
});

test('nested fragments keep parameter order', () => {
  const inner = sql`c IN (${2}, ${3})`;
  const r = sql`SELECT ${sql.ident('we"ird')} FROM t WHERE a = ${1} AND ${inner} AND d = ${4}`.render();
  assert.equal(r.text, 'SELECT "we""ird" FROM t WHERE a = $1 AND c IN ($2, $3) AND d = $4');
  assert.deepEqual(r.values, [1, 2, 3, 4]);
});

test('join separates fragments and numbers across them', () => {
  const r = sql`SELECT ${sql.join([sql`${1} AS a`, sql`${2} AS b`, sql.ident('c')])}`.render();
  assert.equal(r.text, 'SELECT $1 AS a, $2 AS b, "c"');
  assert.deepEqual(r.values, [1, 2]);
});

test('user text in a value never reaches the SQL text', () => {
  const evil = "x'); DROP TABLE customers; --";
  const r = sql`SELECT ${evil}`.render();
  assert.equal(r.text, 'SELECT $1');
  assert.ok(!r.text.includes('DROP'));
});

test('an empty join renders nothing', () => {
  assert.equal(sql`a${sql.join([])}b`.render().text, 'ab');
});

test('ident with several parts quotes each part of a qualified name', () => {
  const r = sql`SELECT * FROM ${sql.ident('snap"shots', 'profile.1')}`.render();
  assert.equal(r.text, 'SELECT * FROM "snap""shots"."profile.1"');
});

test('int writes a safe integer into the text and refuses anything else', () => {
  assert.equal(
    sql`SELECT * FROM t WHERE id = ${sql.int(-42)}`.render().text,
    'SELECT * FROM t WHERE id = -42',
  );
  for (const bad of [1.5, Number.NaN, 2 ** 60, Number('1e400')]) assert.throws(() => sql.int(bad), TypeError);
  assert.throws(() => sql.int('1; DROP TABLE t' as unknown as number), TypeError);
});

test('ints binds one BIGINT[] parameter', () => {
  const r = sql`SELECT unnest(${sql.ints([3, 1, 2])})`.render();
  assert.equal(r.text, 'SELECT unnest($1::BIGINT[])');
  assert.equal(r.values.length, 1);
});
