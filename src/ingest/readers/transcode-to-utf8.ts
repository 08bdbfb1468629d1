import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { decodeWindows1252 } from '../sniff/decode-windows-1252.ts';

/**
 * Streams a text file in another encoding (Windows-1252, UTF-16) into a UTF-8 copy,
 * decompressing gzip on the way, so DuckDB's reader sees UTF-8. Memory stays flat.
 */
export async function transcodeToUtf8(
  source: string,
  target: string,
  encoding: 'windows-1252' | 'utf-16le' | 'utf-16be',
  gzip: boolean,
): Promise<void> {
  // Windows-1252 is one byte per character, so chunks decode independently.
  const decoder = encoding === 'windows-1252' ? undefined : new TextDecoder(encoding);
  const decode = new Transform({
    transform(chunk: Buffer, _enc, done) {
      const text = decoder ? decoder.decode(chunk, { stream: true }) : decodeWindows1252(chunk);
      done(null, Buffer.from(text, 'utf8'));
    },
    flush(done) {
      done(null, Buffer.from(decoder ? decoder.decode() : '', 'utf8'));
    },
  });
  const input = createReadStream(source);
  if (gzip) await pipeline(input, createGunzip(), decode, createWriteStream(target));
  else await pipeline(input, decode, createWriteStream(target));
}
