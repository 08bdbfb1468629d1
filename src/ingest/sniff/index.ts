export type { Delimiter } from './detect-dialect.ts';
export type { TextEncoding } from './detect-encoding.ts';
export { type FileShape, type SniffOptions, sniffFile, type TextShape } from './sniff-file.ts';
