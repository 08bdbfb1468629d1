/** A piece of rule text, marked when a problem covers it. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into pieces so the ranges [start, end) are marked (an empty range marks one character,
 * or a space past the end), for drawing problems under the rule editor.
 *
 * @example
 * markRanges('a = b', [{ start: 4, end: 5 }]) // => [{ text: 'a = ', marked: false }, { text: 'b', marked: true }]
 */
export function markRanges(text: string, ranges: readonly { start: number; end: number }[]): TextPiece[] {
  const marked = new Uint8Array(text.length + 1);
  for (const r of ranges) {
    const start = Math.max(0, Math.min(r.start, text.length));
    const end = Math.max(start + 1, Math.min(r.end, text.length + 1));
    marked.fill(1, start, end);
  }
  const padded = marked[text.length] === 1 ? `${text} ` : text;
  const pieces: TextPiece[] = [];
  for (let i = 0; i < padded.length; i++) {
    const m = marked[i] === 1;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.marked === m) last.text += padded[i];
    else pieces.push({ text: padded[i] ?? '', marked: m });
  }
  return pieces;
}
