/**
 * synchronous=FULL (2) on the connection that acknowledges a user's save: the backend's one connection, from the
 * moment createBackend returns, after saves, and during and after import commits (which switch pragmas for their
 * duration: foreign_keys, temp_store, threads, and for a bulk load journal_mode).
 *
 * Why a pragma test and not only the crash suite (test/integration/crash.test.ts, test/crash/): a SIGKILL leaves the
 * operating system's page cache intact, so whatever the killed process had written survives even if it was never
 * fsynced. Killing processes cannot prove that an acknowledged save survives a power cut; fsync at COMMIT can, and
 * synchronous=FULL is what makes SQLite do it (in WAL mode NORMAL would not sync the WAL at each commit).
 */
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/app';
import { consoleLogger } from '../../electron/backend/core/logger';
import type { Sqlite } from '../../electron/backend/db/connection';
import { commitImport } from '../../electron/backend/features/imports/commit';
import { bulkLoadRows } from '../../electron/backend/features/imports/merge';
import { generateOrderExport } from '../support/pdd-order-export';
import { startTestBackend, type TestBackend } from '../support/backend';
import { samplesDir, upload } from './import-helpers';

const FULL = 2;
const synchronous = (db: Sqlite) => db.pragma('synchronous', { simple: true }) as number;
const journalMode = (db: Sqlite) => db.pragma('journal_mode', { simple: true }) as string;

let t: TestBackend | undefined;
let reopened: Backend | undefined;
afterEach(() => {
  reopened?.close();
  reopened = undefined;
  t?.close();
  t = undefined;
});

const previewFile = async (h: TestBackend, name: string, file: string) => {
  const ref = await upload(h, name, file, true);
  return h.call('imports.preview', { uploadId: ref.uploadId });
};

it(
  'the backend connection is synchronous=FULL after createBackend, after saves, and during and after ordinary and bulk import commits',
  { timeout: 300_000 },
  async () => {
    t = startTestBackend();
    const h = t;
    await h.withUsers();
    expect(synchronous(h.backend.db)).toBe(FULL);
    expect(journalMode(h.backend.db)).toBe('wal');

    // A save as the screens make it.
    await h.call('parcels.recordUnmatched', { code: 'SF1234567890', courier: '顺丰速运' }, 'inspector');
    expect(synchronous(h.backend.db)).toBe(FULL);

    // An ordinary commit (WAL) through the dispatcher.
    const small = await previewFile(h, 'pdd-orders.csv', join(samplesDir, 'pdd-orders.csv'));
    await h.call('imports.commit', { importId: small.importId });
    expect(synchronous(h.backend.db)).toBe(FULL);
    expect(journalMode(h.backend.db)).toBe('wal');

    // A bulk load (rollback journal for its duration) through the dispatcher: the real threshold.
    const file = join(h.dataDir, 'bulk.csv');
    await generateOrderExport(file, bulkLoadRows);
    const bulk = await previewFile(h, 'bulk.csv', file);
    const committed = await h.call('imports.commit', { importId: bulk.importId });
    expect(committed.counts.orders.new).toBe(bulkLoadRows);
    expect(synchronous(h.backend.db)).toBe(FULL);
    expect(journalMode(h.backend.db)).toBe('wal');

    // Inside a bulk commit's transaction too (the journal switched to DELETE): the commit acknowledges the import.
    const gbk = await previewFile(h, 'pdd-orders-gbk.csv', join(samplesDir, 'pdd-orders-gbk.csv'));
    const inside: { synchronous: number; journal: string }[] = [];
    await commitImport(
      {
        db: h.backend.db,
        dataDir: h.dataDir,
        now: Date.now,
        audit: () => undefined,
        bulkLoadRows: 1,
        onStep: () => inside.push({ synchronous: synchronous(h.backend.db), journal: journalMode(h.backend.db) }),
      },
      gbk.importId,
    );
    expect(inside.length).toBeGreaterThan(0);
    for (const probe of inside) expect(probe).toEqual({ synchronous: FULL, journal: 'delete' });
    expect(synchronous(h.backend.db)).toBe(FULL);
    expect(journalMode(h.backend.db)).toBe('wal');

    // And after a restart on the same store.
    h.backend.close();
    reopened = createBackend({ dataDir: h.dataDir, logger: consoleLogger(true) });
    expect(synchronous(reopened.db)).toBe(FULL);
    expect(journalMode(reopened.db)).toBe('wal');
  },
);
