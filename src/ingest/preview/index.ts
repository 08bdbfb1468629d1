export type { ImportPreview, PreviewColumn } from './import-preview.ts';
export { type PreviewOptions, previewImport } from './preview-import.ts';
