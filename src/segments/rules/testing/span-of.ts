import type { Span } from '../ast/span.ts';

/**
 * The span of the `occurrence`-th appearance of `fragment` in `text`, for writing expected trees
 * in tests without counting offsets by hand.
 *
 * @example
 * spanOf('a > 3\nb < 4', 'b') // => { start: 6, end: 7, line: 2, column: 1 }
 */
export function spanOf(text: string, fragment: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(fragment, start + 1);
    if (start === -1) throw new Error(`'${fragment}' does not occur ${occurrence + 1} times in ${text}`);
  }
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  return { start, end: start + fragment.length, line, column: start - before.lastIndexOf('\n') };
}
