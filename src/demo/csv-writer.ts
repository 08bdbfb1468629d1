import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

const CHUNK_CHARS = 64 * 1024;

/**
 * Streams CSV lines to a file in ~64 KB chunks and honours the stream's backpressure, so a
 * file of any size needs one chunk of memory. Lines are pushed synchronously; the caller
 * awaits `flush()` whenever `full` is true, and `close()` once at the end.
 *
 * @example
 * const out = new CsvWriter('/tmp/x.csv', 'a,b');
 * out.push('1,2');
 * if (out.full) await out.flush();
 * await out.close(); // 1 (data rows written)
 */
export class CsvWriter {
  readonly path: string;
  private readonly stream: WriteStream;
  private buffer: string;
  private failure: Error | undefined;
  private rows = 0;

  constructor(path: string, header: string) {
    this.path = path;
    this.buffer = `${header}\n`;
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  push(line: string): void {
    this.buffer += `${line}\n`;
    this.rows++;
  }

  get full(): boolean {
    return this.buffer.length >= CHUNK_CHARS;
  }

  /** Hands the buffered chunk to the stream and waits if the stream asks for a pause. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk !== '' && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Writes what is left, waits until the file is complete, and returns the number of data rows. */
  async close(): Promise<number> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    return this.rows;
  }

  /** Gives up on the file after a failure elsewhere, releasing its handle. */
  abort(): void {
    this.stream.destroy();
  }
}
