import { type DuckDBValue, listValue } from '@duckdb/node-api';
import { quoteIdent } from './quote-ident.ts';

/** A piece of SQL whose values are always bound parameters, never spliced text. */
export class Sql {
  constructor(
    readonly parts: readonly string[],
    readonly values: readonly DuckDBValue[],
  ) {}

  /** Renders `$1, $2 …` placeholders in order, with the values to bind. */
  render(): { text: string; values: DuckDBValue[] } {
    let text = this.parts[0] ?? '';
    for (let i = 1; i < this.parts.length; i++) text += `$${i}${this.parts[i]}`;
    return { text, values: [...this.values] };
  }
}

type Part = Sql | DuckDBValue;

function flatten(strings: readonly string[], parts: readonly Part[]): Sql {
  const out: string[] = [strings[0] ?? ''];
  const values: DuckDBValue[] = [];
  parts.forEach((part, i) => {
    const next = strings[i + 1] ?? '';
    if (part instanceof Sql) {
      out[out.length - 1] += part.parts[0] ?? '';
      for (let j = 1; j < part.parts.length; j++) out.push(part.parts[j] ?? '');
      values.push(...part.values);
      out[out.length - 1] += next;
    } else {
      values.push(part);
      out.push(next);
    }
  });
  return new Sql(out, values);
}

/**
 * The one way to write SQL in Patron. Interpolated values become bound parameters;
 * nested `sql` fragments and `sql.ident` names are inlined.
 *
 * @example
 * const q = sql`SELECT * FROM ${sql.ident('orders')} WHERE customer_id = ${id}`;
 */
export function sql(strings: TemplateStringsArray, ...parts: Part[]): Sql {
  return flatten(strings, parts);
}

/** A quoted identifier, safe for any user-supplied column name; several parts make a qualified name. */
sql.ident = (...parts: [string, ...string[]]): Sql => new Sql([parts.map(quoteIdent).join('.')], []);

/** Joins fragments with a separator (the separator is trusted program text). */
sql.join = (fragments: readonly Sql[], separator = ', '): Sql => {
  if (fragments.length === 0) return new Sql([''], []);
  const strings: string[] = [''];
  for (let i = 1; i < fragments.length; i++) strings.push(separator);
  strings.push('');
  return flatten(strings, fragments);
};

/**
 * Program text that is never user input: keyword fragments and expressions built from
 * constants. The name says what it is so reviews can find every use.
 */
sql.trusted = (text: string): Sql => new Sql([text], []);

/**
 * A whole number written into the SQL text rather than bound. DuckDB plans a prepared statement
 * before it sees the values, so `customer_id = $1` can't use an ART index or a zone map, while
 * `customer_id = 42` can: one customer's lookups (profile, timeline) use this. Only a safe integer
 * is accepted, so nothing but digits can reach the text.
 */
sql.int = (value: number): Sql => {
  if (!Number.isSafeInteger(value)) throw new TypeError(`sql.int needs a safe integer, got ${value}`);
  return new Sql([String(value)], []);
};

/** Whole numbers bound as one BIGINT[] parameter. */
sql.ints = (values: readonly number[]): Sql => new Sql(['', '::BIGINT[]'], [listValue([...values])]);

/** A list of strings bound as one VARCHAR[] parameter. */
sql.list = (values: readonly string[]): Sql => new Sql(['', ''], [listValue([...values])]);
