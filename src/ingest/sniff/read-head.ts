import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/** Reads up to `limit` bytes from the start of a file, decompressing gzip on the way. */
export async function readHead(path: string, limit: number, gzip: boolean): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const raw = createReadStream(path, gzip ? {} : { end: limit - 1 });
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= limit) break;
    }
  } catch (error) {
    // A truncated gzip still yields a usable head; anything else is a real failure.
    if (!(gzip && size > 0)) throw error;
  } finally {
    raw.destroy();
  }
  return Buffer.concat(chunks).subarray(0, limit);
}
