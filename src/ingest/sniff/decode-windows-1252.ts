// Windows-1252 is Latin-1 except 0x80–0x9F, which hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ.
// Node's TextDecoder treats 'windows-1252' as Latin-1, so those 32 bytes are mapped here.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 bytes (what Excel on Windows saves) to a string.
 *
 * @example
 * decodeWindows1252(Buffer.from([0x80, 0xe9])) // => '€é'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] as number) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}
