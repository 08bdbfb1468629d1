import { isUtf8 } from 'node:buffer';
import { decodeWindows1252 } from './decode-windows-1252.ts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Picks the text encoding from a file's head: a BOM wins; otherwise valid UTF-8 is UTF-8,
 * and anything else is read as Windows-1252 (what Excel on Windows writes).
 */
export function detectEncoding(head: Buffer, truncated = false): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return isUtf8(truncated ? trimPartialCharacter(head) : head) ? 'utf-8' : 'windows-1252';
}

/** The head may end inside a multi-byte character; drop that tail before validating. */
function trimPartialCharacter(head: Buffer): Buffer {
  const end = head.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = head[end - i] ?? 0;
    if ((byte & 0xc0) === 0xc0) return head.subarray(0, end - i);
    if ((byte & 0x80) === 0) break;
  }
  return head.subarray(0, end);
}

/** Decodes a head buffer for sniffing. */
export function decodeHead(head: Buffer, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(head);
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  return new TextDecoder(label, { ignoreBOM: false }).decode(head);
}
