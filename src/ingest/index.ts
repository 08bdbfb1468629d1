export { importFile } from './import-file.ts';
export { DEFAULT_IMPORT_OPTIONS, type ImportOptions, type ImportStage } from './import-options.ts';
export type { ImportResult, ImportWarning } from './import-result.ts';
export { PRESETS } from './presets/registry.ts';
export {
  type ImportPreview,
  type PreviewColumn,
  type PreviewOptions,
  previewImport,
} from './preview/index.ts';
