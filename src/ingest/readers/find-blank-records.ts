import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/**
 * The record numbers (1-based, header included) of blank lines outside quoted values. DuckDB's
 * reader skips them without counting, so rows after one would be numbered too low.
 */
export async function findBlankRecords(path: string, gzip: boolean): Promise<number[]> {
  const blanks: number[] = [];
  const input = createReadStream(path);
  const stream = gzip ? input.pipe(createGunzip()) : input;
  let record = 1;
  let atStart = true;
  let quoted = false;
  let afterCr = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (afterCr && byte === 0x0a) {
        afterCr = false;
        continue; // the \n of a \r\n pair
      }
      afterCr = false;
      if (byte === 0x22) quoted = !quoted;
      else if (!quoted && (byte === 0x0a || byte === 0x0d)) {
        if (atStart) blanks.push(record);
        record++;
        atStart = true;
        afterCr = byte === 0x0d;
        continue;
      }
      atStart = false;
    }
  }
  return blanks;
}
