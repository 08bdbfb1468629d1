export type FileType = 'text' | 'gzip' | 'xlsx' | 'parquet' | 'zip';

/** Recognises a file by its first bytes, not its name. */
export function detectFileType(head: Uint8Array): FileType {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31) return 'parquet';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return Buffer.from(head).includes('xl/') ? 'xlsx' : 'zip';
  }
  return 'text';
}
