import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, expect, it } from 'vitest';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';
import { builtinPresets } from '../../shared/domain/import-presets';
import { findHeader } from '../../electron/backend/features/imports/header';
import type { ReadWorkerInput, ReadWorkerMessage } from '../../electron/backend/features/imports/read-rows';
import { lineWidth } from '../../electron/backend/features/imports/row-stager';
import { openTableSource } from '../../electron/backend/features/imports/table-source';
import { samplesDir } from '../integration/import-helpers';

/**
 * The packaged backend starts the import's read worker from its own file beside backend.js: electron-vite must
 * emit it, and it must run as plain JavaScript. (Tests from source use read-worker.ts.) The test builds the app
 * first when the build is missing or older than the sources, so it checks this checkout's build, not an old one.
 */
const built = resolve('out/main/import-read-worker.js');

beforeAll(() => buildIfStale(), 600_000);

it('the build has the import read worker, and it reads a sample export through the worker protocol', async () => {
  expect(existsSync(built), `${built} is missing after the build`).toBe(true);
  const path = join(samplesDir, 'pdd-orders-gbk.csv');
  const head = (await openTableSource(path, 'pdd-orders-gbk.csv').batches().next()).value ?? [];
  const found = findHeader(head, builtinPresets, 'pdd-orders-gbk.csv');
  if (found.status !== 'ready') throw new Error('the sample layout was not recognised');
  const input: ReadWorkerInput = {
    path,
    fileName: 'pdd-orders-gbk.csv',
    kind: found.match.preset.kind,
    columns: found.match.columns,
    headerRow: head[found.headerIndex]?.row ?? 1,
    batchRows: 100,
    delimiter: ',',
    handOff: 'never',
  };
  const worker = new Worker(built, { workerData: input });
  let rows = 0;
  let lines = 0;
  let batches = 0;
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (message: ReadWorkerMessage) => {
      if (message.type === 'batch') {
        batches += 1;
        rows += message.batch.dataRows;
        lines += message.batch.lines.length / lineWidth;
        worker.postMessage('ack');
      } else if (message.type === 'done') resolve();
      else reject(new Error(message.type === 'error' ? message.message : 'a chunk was handed off although handOff is never'));
    });
    worker.on('error', reject);
  });
  await worker.terminate();
  expect(rows).toBe(300);
  expect(lines).toBe(300);
  expect(batches).toBeGreaterThan(1);
});
