import type { Span } from '../ast/span.ts';

/**
 * A function that turns offsets in `text` into spans with the line and column of the start.
 *
 * @example
 * locateOffset('a\nbc')(2, 4) // => { start: 2, end: 4, line: 2, column: 1 }
 */
export function locateOffset(text: string): (start: number, end: number) => Span {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (start, end) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= start) low = middle;
      else high = middle - 1;
    }
    return { start, end, line: low + 1, column: start - (lineStarts[low] ?? 0) + 1 };
  };
}
