import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PatronError } from '../errors/index.ts';
import {
  DEFAULT_IMPORT_OPTIONS,
  type ImportOptions,
  type ImportPreview,
  type ImportResult,
  importFile,
  previewImport,
} from '../ingest/index.ts';
import { refreshDerived } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';

export interface ImportSettings {
  source: string;
  map: Record<string, string>;
  header?: boolean | undefined;
  date_format?: string | undefined;
  currency?: string | undefined;
  phone_country?: string | undefined;
  drop_duplicate_lines?: boolean | undefined;
}

export interface ImportJob {
  id: number;
  file: string;
  path: string;
  bytes: number;
  state: 'uploaded' | 'queued' | 'running' | 'done' | 'failed';
  stage: string | null;
  fraction: number;
  settings: ImportSettings;
  preview: ImportPreview | null;
  result: ImportResult | null;
  error: { code: string; message: string } | null;
}

type Queue = <T>(work: (store: Store) => Promise<T>) => Promise<T>;

/**
 * The import wizard's uploads for one workspace, kept in memory while the server runs: upload →
 * preview (detected source, mapping with confidence) → fix the mapping → start → progress → result.
 * Each upload lives in its own temp folder, removed when its import finishes or the server stops.
 */
export class ImportJobs {
  private readonly jobs = new Map<number, ImportJob>();
  private next = 1;

  constructor(private readonly write: Queue) {}

  /** A folder to save an upload in, before `add`. */
  folder(): string {
    return mkdtempSync(join(tmpdir(), 'patron-upload-'));
  }

  /** Registers a saved upload and previews it with automatic detection. */
  async add(path: string, file: string, bytes: number): Promise<ImportJob> {
    const job: ImportJob = {
      id: this.next++,
      file,
      path,
      bytes,
      state: 'uploaded',
      stage: null,
      fraction: 0,
      settings: { source: 'auto', map: {} },
      preview: null,
      result: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    try {
      job.preview = await this.write((store) => previewImport(store, path, this.previewOptions(job)));
    } catch (error) {
      this.forget(job);
      throw error;
    }
    return job;
  }

  get(id: number): ImportJob {
    const job = this.jobs.get(id);
    if (!job) throw new PatronError('not_found', 'There is no such upload in this workspace.');
    return job;
  }

  /** Changes the mapping or reading settings of an upload not yet started, and previews again. */
  async configure(id: number, settings: ImportSettings): Promise<ImportJob> {
    const job = this.get(id);
    if (job.state !== 'uploaded')
      throw new PatronError(
        'import_already_started',
        'This import has already started; upload the file again to change it.',
      );
    const preview = await this.write((store) =>
      previewImport(store, job.path, this.previewOptions({ ...job, settings })),
    );
    job.settings = settings;
    job.preview = preview;
    return job;
  }

  /** Starts the import in the background (one write at a time per workspace); poll `get` for progress. */
  start(id: number): ImportJob {
    const job = this.get(id);
    if (job.state !== 'uploaded')
      throw new PatronError('import_already_started', 'This import has already started.');
    if (job.preview && job.preview.problems.length > 0)
      throw new PatronError(
        job.preview.problems[0]?.code ?? 'mapping_incomplete',
        `Fix the mapping first: ${job.preview.problems.map((p) => p.message).join(' ')}`,
      );
    job.state = 'queued';
    const options: ImportOptions = {
      ...DEFAULT_IMPORT_OPTIONS,
      source: job.settings.source,
      map: job.settings.map,
      ...(job.settings.header !== undefined ? { header: job.settings.header } : {}),
      ...(job.settings.date_format ? { dateFormat: job.settings.date_format } : {}),
      ...(job.settings.currency ? { currency: job.settings.currency } : {}),
      ...(job.settings.phone_country ? { phoneCountry: job.settings.phone_country } : {}),
      ...(job.settings.drop_duplicate_lines !== undefined
        ? { dropDuplicateLines: job.settings.drop_duplicate_lines }
        : {}),
      onProgress: (stage, fraction) => {
        job.stage = stage;
        job.fraction = Math.max(0, Math.min(1, fraction));
      },
    };
    this.write(async (store) => {
      job.state = 'running';
      const result = await importFile(store, job.path, options);
      job.stage = 'refreshing';
      job.fraction = 0;
      await refreshDerived(store);
      return result;
    }).then(
      (result) => {
        job.result = result;
        job.state = 'done';
        job.fraction = 1;
        this.removeFile(job);
      },
      (error: unknown) => {
        job.state = 'failed';
        job.error =
          error instanceof PatronError
            ? { code: error.code, message: error.message }
            : {
                code: 'internal_error',
                message: 'The import failed unexpectedly. The details are in the server log.',
              };
        if (!(error instanceof PatronError)) console.error(error);
        this.removeFile(job);
      },
    );
    return job;
  }

  /** Removes every upload's files (on shutdown). */
  clear(): void {
    for (const job of this.jobs.values()) this.removeFile(job);
    this.jobs.clear();
  }

  private forget(job: ImportJob): void {
    this.removeFile(job);
    this.jobs.delete(job.id);
  }

  private removeFile(job: ImportJob): void {
    rmSync(join(job.path, '..'), { recursive: true, force: true });
  }

  private previewOptions(job: Pick<ImportJob, 'settings' | 'file'>) {
    return {
      source: job.settings.source,
      map: job.settings.map,
      name: job.file,
      ...(job.settings.header !== undefined ? { header: job.settings.header } : {}),
    };
  }
}
