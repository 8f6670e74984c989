import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../../shared/contract/errors';
import { openCsvSource } from './csv-source';
import { RowStager } from './row-stager';
import type { ReadWorkerInput, ReadWorkerMessage } from './read-rows';

/**
 * The read worker (a worker thread, started by read-rows.ts): decodes, parses and checks a CSV file's rows
 * while the backend's thread writes the previous batch to the staging file — the two halves of a preview
 * run on both cores. At most `inFlight` batches wait unacknowledged, so a slow writer never makes the worker
 * hold the whole file in memory.
 */
const inFlight = 3;
const input = workerData as ReadWorkerInput;
const port = parentPort;
let credits = inFlight;
let wake: (() => void) | null = null;

const post = (message: ReadWorkerMessage) => port?.postMessage(message);

port?.on('message', (message: unknown) => {
  if (message !== 'ack') return;
  credits += 1;
  wake?.();
  wake = null;
});

const send = async (stager: RowStager, bytesRead: number) => {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits -= 1;
  post({ type: 'batch', batch: stager.take(bytesRead) });
};

const run = async () => {
  const source = openCsvSource(input.path, input.fileName);
  const stager = new RowStager(input.kind, input.columns);
  for await (const records of source.batches()) {
    // The header and anything above it were read by the backend to find the layout.
    const first = records[0];
    if (first && first.row <= input.headerRow) stager.add(records.filter((record) => record.row > input.headerRow));
    else stager.add(records);
    if (stager.size >= input.batchRows) await send(stager, source.bytesRead());
  }
  await send(stager, source.size);
  post({ type: 'done' });
};

run().catch((error: unknown) =>
  post({
    type: 'error',
    code: error instanceof AppError ? error.code : 'INTERNAL',
    message: error instanceof Error ? error.message : String(error),
    details: error instanceof AppError ? error.details : undefined,
  }),
);
