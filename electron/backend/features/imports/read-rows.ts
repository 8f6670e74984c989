import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ApiErrorBody } from '../../../../shared/contract/errors';
import type { ImportKind } from '../../../../shared/domain/import-presets';
import { parseWholeRecords } from './csv-source';
import { RowStager, type StagedBatch } from './row-stager';

export interface ReadWorkerInput {
  path: string;
  fileName: string;
  kind: ImportKind;
  /** Our field → the file's column index. */
  columns: Record<string, number>;
  /** Records up to this row (the header and any title lines above it) are skipped. */
  headerRow: number;
  /** Rows per batch posted back. */
  batchRows: number;
  /**
   * Hand whole-record chunks to the backend's thread to parse whenever the queue to it has room ('auto', the
   * default), for every chunk that can be ('always': tests compare it with 'never'), or never.
   */
  handOff?: 'auto' | 'always' | 'never';
  /** The file's delimiter, for parsing handed-off chunks. */
  delimiter: string;
}

export type ReadWorkerMessage =
  | { type: 'batch'; batch: StagedBatch }
  | { type: 'text'; text: string; firstRow: number; bytesRead: number }
  | { type: 'done' }
  | ({ type: 'error' } & ApiErrorBody);

const tsxEsmApi = (packageFile: string): string => {
  const manifest = JSON.parse(readFileSync(packageFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return manifest.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
};

/**
 * Starts the read worker. Built (electron-vite), its code is `import-read-worker.js` beside the backend bundle
 * (or one folder up from a shared chunk). From source (tests, `npm run serve`), read-worker.ts is loaded
 * through tsx, which a worker must register itself (a loader passed in execArgv does not reach its entry).
 */
const startWorker = (input: ReadWorkerInput): Worker | null => {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // tsx's ESM API, found through its package.json (require.resolve would answer its CommonJS build).
    const tsxPackage = createRequire(here).resolve('tsx/package.json');
    const tsx = pathToFileURL(join(dirname(tsxPackage), tsxEsmApi(tsxPackage))).href;
    const entry = new URL('./read-worker.ts', here).href;
    const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true, workerData: input, resourceLimits });
  }
  const built = builtWorkerFile();
  return built ? new Worker(built, { workerData: input, resourceLimits }) : null;
};

/** The built worker's file, beside the backend bundle or one folder up from a shared chunk; undefined if absent. */
const builtWorkerFile = (): string | undefined =>
  ['./import-read-worker.js', '../import-read-worker.js'].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(p));

/**
 * The worker holds a few batches at a time, but V8 lets a heap grow to ~2 GB before it must collect: capped,
 * its old generation stays small. Since the row rules allocate little per row, 320 MB costs no more at the
 * process's peak than 160 MB did (~320-350 MB on 1M rows, measured) and collects less often; a tight cap
 * (96 MB) made it spend a fifth of its time collecting.
 */
const resourceLimits = { maxOldGenerationSizeMb: 320 };

/** Whether a read worker can run here (a build without its file falls back to reading in the backend's thread). */
export const canReadInWorker = (): boolean => import.meta.url.endsWith('.ts') || builtWorkerFile() !== undefined;

/**
 * Staged batches of a CSV file, parsed and checked in a worker thread. Each batch is acknowledged once the
 * caller asks for the next one, i.e. after it was written. Leaving the loop early (a cancel, an error while
 * writing) stops the worker.
 */
export async function* readInWorker(input: ReadWorkerInput): AsyncGenerator<StagedBatch> {
  const worker = startWorker(input);
  if (!worker) throw new AppError('INTERNAL', 'import_worker_failed', {}, 'The import read worker is missing from this build.');
  // Chunks the worker hands over unparsed are checked here, with the same rules (read-worker.ts).
  const ownStager = new RowStager(input.kind, input.columns);
  const queue: ReadWorkerMessage[] = [];
  let notify: (() => void) | null = null;
  const push = (message: ReadWorkerMessage) => {
    queue.push(message);
    notify?.();
    notify = null;
  };
  worker.on('message', (message: ReadWorkerMessage) => push(message));
  worker.on('error', (error: unknown) =>
    push({
      type: 'error',
      code: 'INTERNAL',
      reason: 'import_worker_failed',
      message: `The import read worker failed: ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
  worker.on('exit', (code) =>
    push({
      type: 'error',
      code: 'INTERNAL',
      reason: 'import_worker_failed',
      message: `The import read worker stopped (exit code ${code}).`,
    }),
  );
  try {
    for (;;) {
      while (!queue.length) await new Promise<void>((resolve) => (notify = resolve));
      const message = queue.shift() as ReadWorkerMessage;
      if (message.type === 'done') return;
      if (message.type === 'error') throw AppError.fromBody(message);
      if (message.type === 'text') {
        ownStager.add(parseWholeRecords(message.text, message.firstRow, input.delimiter));
        yield ownStager.take(message.bytesRead);
      } else yield message.batch;
      worker.postMessage('ack');
    }
  } finally {
    worker.removeAllListeners();
    void worker.terminate();
  }
}
