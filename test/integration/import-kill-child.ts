/**
 * Child process for import-kill.test.ts: commits a previewed import and, after the first merge statement
 * (inside the transaction), tells the parent and waits to be killed. A third argument 'bulk' makes it a bulk load;
 * 'spilled' a bulk load that has already written pages into the store file.
 */
import { writeSync } from 'node:fs';
import { createBackend } from '../../electron/backend/app';
import { consoleLogger } from '../../electron/backend/core/logger';
import { commitImport } from '../../electron/backend/features/imports/commit';

const [dataDir, importId, mode] = process.argv.slice(2) as [string, string, string | undefined];
const backend = createBackend({ dataDir, logger: consoleLogger(true) });
// 'spilled': a page cache of a few pages makes the commit write changed pages into the store file before COMMIT
// (a cache spill), as a commit of hundreds of thousands of rows does; killed then, the journal beside the store
// is hot: it must be played back before the file can be read at all.
if (mode === 'spilled') backend.db.pragma('cache_size = 2');
void commitImport(
  {
    db: backend.db,
    dataDir,
    now: Date.now,
    audit: () => undefined,
    // 'bulk': commit the small sample as a bulk load (rollback journal, dropped indexes), as a million rows would be.
    bulkLoadRows: mode === 'bulk' || mode === 'spilled' ? 1 : undefined,
    onStep: (progress) => {
      writeSync(1, `IN-TRANSACTION ${progress.step}\n`);
      // Block here: the parent kills us mid-transaction.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
    },
  },
  importId,
).then(() => writeSync(1, 'COMMITTED\n'));
