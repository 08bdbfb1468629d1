import type { RuleCatalogue } from '../../../src/schema/api/segments.ts';
import type { Completion, CompletionItem } from './completion.ts';

const LIMIT = 12;

/**
 * What the rule editor offers at the cursor: field, function and keyword names while typing a word;
 * segment names, categories, attribute names or a field's values inside a quoted string.
 * With `explicit` (Ctrl+Space) an empty word offers everything.
 *
 * @example
 * suggestCompletions('rfm_gr', 6, catalogue) // => { from: 0, to: 6, items: [{ label: 'rfm_group', … }] }
 */
export function suggestCompletions(
  text: string,
  cursor: number,
  catalogue: RuleCatalogue,
  explicit = false,
): Completion | null {
  const before = text.slice(0, cursor);
  const quote = openQuoteStart(before);
  if (quote !== null) return suggestValues(text, before, quote, cursor, catalogue);

  const word = /[A-Za-z_][A-Za-z0-9_]*$/.exec(before)?.[0] ?? '';
  if (word === '' && !explicit) return null;
  // A word right after a digit is part of a duration (-30d), not a name.
  if (word !== '' && /[0-9]$/.test(before.slice(0, cursor - word.length))) return null;
  const candidates: CompletionItem[] = [
    ...catalogue.fields.map(
      (f): CompletionItem => ({
        label: f.name,
        insert: f.name,
        kind: 'field',
        detail: `${f.type} · ${f.description}`,
      }),
    ),
    ...catalogue.functions.map(
      (f): CompletionItem => ({
        label: `${f.name}(…)`,
        insert: `${f.name}(`,
        kind: 'function',
        detail: `${f.description} e.g. ${f.example}`,
      }),
    ),
    ...catalogue.keywords.map(
      (k): CompletionItem => ({ label: k, insert: k, kind: 'keyword', detail: 'keyword' }),
    ),
  ];
  const items = rank(candidates, word);
  if (items.length === 0 || (items.length === 1 && items[0]?.insert === word)) return null;
  return { from: cursor - word.length, to: cursor, items };
}

function suggestValues(
  text: string,
  before: string,
  quote: number,
  cursor: number,
  catalogue: RuleCatalogue,
): Completion | null {
  const prefix = before.slice(quote + 1).replace(/''/g, "'");
  const lead = before.slice(0, quote);
  let values: readonly string[] = [];
  let detail = '';
  if (/in_segment\s*\(\s*$/i.test(lead)) {
    values = catalogue.segments;
    detail = 'segment';
  } else if (/category\s*:\s*$/i.test(lead)) {
    values = catalogue.categories;
    detail = 'category';
  } else if (/attribute\s*\(\s*$/i.test(lead)) {
    values = catalogue.attributes;
    detail = 'attribute';
  } else {
    const field = /([A-Za-z_][A-Za-z0-9_]*)\s*(?:=|!=|<>|\bIN\s*\((?:\s*'[^']*'\s*,)*)\s*$/i.exec(lead)?.[1];
    const known = catalogue.fields.find((f) => f.name === field);
    if (known === undefined) return null;
    values = known.values;
    detail = known.name;
  }
  const closes = text[cursor] === "'" ? '' : "'";
  const candidates = values.map(
    (v): CompletionItem => ({ label: v, insert: `${v.replace(/'/g, "''")}${closes}`, kind: 'value', detail }),
  );
  const items = rank(candidates, prefix);
  return items.length === 0 ? null : { from: quote + 1, to: cursor, items };
}

/** Names starting with the word first, then names containing it; case-insensitive. */
function rank(candidates: readonly CompletionItem[], word: string): CompletionItem[] {
  const w = word.toLowerCase();
  const starts = candidates.filter((c) => c.label.toLowerCase().startsWith(w));
  const contains = candidates.filter(
    (c) => !c.label.toLowerCase().startsWith(w) && c.label.toLowerCase().includes(w),
  );
  return [...starts, ...contains].slice(0, LIMIT);
}

/** The index of the quote that opens an unfinished string before the cursor, or null ('' inside a string is a quote). */
function openQuoteStart(before: string): number | null {
  let open: number | null = null;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i];
    if (ch !== "'") continue;
    if (open === null) open = i;
    else if (before[i + 1] === "'") i++;
    else open = null;
  }
  return open;
}
