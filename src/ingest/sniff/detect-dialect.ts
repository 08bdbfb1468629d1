import { splitRecords } from './split-records.ts';

export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

export interface Dialect {
  delimiter: Delimiter;
  /** The first records of the file, split into fields (header included). */
  records: string[][];
  unterminatedQuote: boolean;
}

const CANDIDATES = [',', ';', '\t', '|'] as const;
const SAMPLE_RECORDS = 50;

/**
 * Finds the delimiter that splits the first records into the most consistent number
 * of fields; falls back to runs of spaces for aligned text such as CDNOW's.
 */
export function detectDialect(text: string, complete: boolean): Dialect {
  let best: (Dialect & { score: number; width: number }) | undefined;
  for (const delimiter of CANDIDATES) {
    const { records, unterminated } = splitRecords(text, delimiter, complete);
    const sample = records.filter((r) => !(r.length === 1 && r[0] === '')).slice(0, SAMPLE_RECORDS);
    const { width, share } = modeWidth(sample.map((r) => r.length));
    if (width < 2) continue;
    const score = share * 1000 + width;
    if (!best || score > best.score)
      best = { delimiter, records: sample, unterminatedQuote: unterminated, score, width };
  }
  if (best && best.score >= 800) return best;
  const aligned = splitOnSpaces(text, complete);
  const alignedWidth = modeWidth(aligned.map((r) => r.length));
  if (alignedWidth.width >= 2 && alignedWidth.share >= 0.9) {
    return { delimiter: 'whitespace', records: aligned, unterminatedQuote: false };
  }
  if (best) return best;
  const single = splitRecords(text, ',', complete);
  return {
    delimiter: ',',
    records: single.records.slice(0, SAMPLE_RECORDS),
    unterminatedQuote: single.unterminated,
  };
}

function modeWidth(widths: number[]): { width: number; share: number } {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let width = 0;
  let count = 0;
  for (const [w, c] of counts) if (c > count || (c === count && w > width)) [width, count] = [w, c];
  return { width, share: widths.length ? count / widths.length : 0 };
}

function splitOnSpaces(text: string, complete: boolean): string[][] {
  const lines = text.split(/\r?\n/);
  if (!complete) lines.pop();
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, SAMPLE_RECORDS)
    .map((l) => l.split(/\s+/));
}
