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
