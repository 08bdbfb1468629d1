/** Options for importing one file; every field has a sensible default. */
export interface ImportOptions {
  /** 'auto' (detect from the header), 'generic', or a preset id. */
  source: string;
  /** `--map field=Column` overrides. */
  map: Record<string, string>;
  dateFormat?: string;
  /** Currency for files that have no currency column (ISO 4217). */
  currency?: string;
  /** Country for reading national phone numbers (ISO 3166 alpha-2). */
  phoneCountry: string;
  dropDuplicateLines: boolean;
  header?: boolean;
  /** Called as the import advances; `rows` is known once the file has been read. */
  onProgress?: (stage: ImportStage, fraction: number, rows?: number) => void;
}

export type ImportStage = 'reading' | 'parsing' | 'matching' | 'loading';

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = {
  source: 'auto',
  map: {},
  phoneCountry: 'GB',
  dropDuplicateLines: false,
};
