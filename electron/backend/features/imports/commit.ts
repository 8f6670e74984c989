import { existsSync } from 'node:fs';
import type { ImportCounts } from '../../../../shared/contract/imports.contract';
import { AppError } from '../../../../shared/contract/errors';
import type { ImportKind } from '../../../../shared/domain/import-presets';
import type { Sqlite } from '../../db/connection';
import { refreshDerivedData } from '../../db/derived';
import { rawQuery } from '../../db/raw-sql';
import { getRun, updateRun } from './import-runs.repository';
import { bulkLoadRows, countChanges, mergeStaged, onlyNewOrders, rejectCasesWithoutOrder, type MergeProgress } from './merge';
import { dropStaging, stagingFile } from './staging';

interface CommitDeps {
  db: Sqlite;
  dataDir: string;
  now: () => number;
  /** Writes the audit row inside the transaction. */
  audit: (counts: ImportCounts) => void;
  /**
   * Told after each chunk, inside the transaction (progress; may throw ImportCancelled to roll back; the kill
   * test dies here).
   */
  onStep?: (progress: MergeProgress) => void;
  /** Awaited between chunks: hands the event loop to other work, so progress polls and a cancel are answered. */
  between?: () => Promise<void>;
  chunkRows?: number;
  /** Staged rows from which a commit is a bulk load (rollback journal, rebuilt indexes); tests lower it. */
  bulkLoadRows?: number;
}

/**
 * All or nothing: counting, merging, the derived-data refresh and the run's new state are one transaction,
 * written in chunks with the event loop free in between (the caller holds the exclusive gate, so no other
 * call runs on the connection meanwhile). A crash, kill or cancel anywhere inside leaves the store as it was;
 * after a crash or kill the run is still 'previewing', so the same preview can be committed again.
 */
export const commitImport = async (deps: CommitDeps, importId: string): Promise<{ counts: ImportCounts; rejectedRows: number }> => {
  const { db, dataDir } = deps;
  const run = getRun(db, importId);
  if (!run) throw new AppError('NOT_FOUND', 'import_not_found', {}, `Import ${importId} not found.`);
  if (run.state !== 'previewing')
    throw new AppError(
      'CONFLICT',
      'import_not_previewed',
      {},
      `Import ${importId} is ${run.state}; only a previewed import can be committed.`,
    );
  if (run.kind !== 'orders' && run.kind !== 'aftersales')
    throw new AppError('CONFLICT', 'import_layout_unmapped', {}, 'This import has no recognised layout; map its columns first.');
  if (!existsSync(stagingFile(dataDir, importId)))
    throw new AppError('CONFLICT', 'import_staging_gone', {}, 'The staged rows of this preview are gone; preview the file again.');
  const kind: ImportKind = run.kind;
  const previewCounts = run.counts ? (JSON.parse(run.counts) as ImportCounts) : null;
  db.prepare(`ATTACH DATABASE ? AS stg`).run(stagingFile(dataDir, importId));
  // Every parent a merge statement references comes from a join on the parent table itself, so the
  // per-row foreign-key probes (one per reference, ~2 per row) prove nothing here; they are switched off for
  // the commit only (the pragma cannot change inside a transaction) and back on before anything else runs.
  db.pragma('foreign_keys = OFF');
  // Sorting a million keys for the rebuilt indexes spills to a temp file instead of the process's memory, and
  // may use a second core.
  db.pragma('temp_store = FILE');
  db.pragma('threads = 2');
  const bulk = stagedRows(previewCounts) >= (deps.bulkLoadRows ?? bulkLoadRows);
  // A bulk load writes hundreds of megabytes of new pages. Through the WAL they would be written twice (to the
  // log, then copied into the file by the checkpoint at COMMIT: ~1.5 s for a million orders); with a rollback
  // journal, new pages go straight to the file and only the few pages that already existed are journaled. Just
  // as atomic: a kill leaves a hot journal, rolled back when the store is next opened (app.ts). Only this
  // connection has the file open, and no other call runs meanwhile (the exclusive gate), as the switch requires.
  if (bulk) db.pragma('journal_mode = DELETE');
  let counts: ImportCounts;
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      // Orders may have arrived since the preview: re-check, so a case never points at a missing order.
      if (kind === 'aftersales') rejectCasesWithoutOrder(db, 'orderNumber');
      counts = countChanges(db, kind);
      for (const entity of Object.keys(counts) as (keyof ImportCounts)[]) counts[entity].rejected = previewCounts?.[entity]?.rejected ?? 0;
      const restoreTriggers = suspendDerivedTriggers(db);
      let written: MergeProgress = { step: 'derived', rowsDone: 0, total: 0 };
      for (const progress of mergeStaged(db, kind, importId, deps.now(), onlyNewOrders(counts), deps.chunkRows, deps.bulkLoadRows)) {
        deps.onStep?.(progress);
        await deps.between?.();
        written = progress;
      }
      restoreTriggers();
      refreshDerivedData(db);
      // The point of no return comes after this check: a cancel that arrived while the last chunk, the index
      // rebuild or the refresh ran (answered in the pause above) is honoured here, not lost. Past it only the
      // run's new state, the audit row and COMMIT remain.
      await deps.between?.();
      deps.onStep?.({ ...written, step: 'derived' });
      updateRun(db, importId, { state: 'committed', counts, finished_at: deps.now() });
      deps.audit(counts);
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    db.exec('DETACH DATABASE stg');
    if (bulk) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('threads = 0');
  }
  dropStaging(dataDir, importId);
  return { counts, rejectedRows: run.rejected_count };
};

/** Rows the preview staged (new, updated or unchanged orders or cases): the size of the load. */
const stagedRows = (counts: ImportCounts | null): number =>
  counts ? [counts.orders, counts.cases].reduce((sum, c) => sum + c.new + c.updated + c.unchanged, 0) : 0;

/**
 * The dashboard's rollup triggers (named rl_*) keep derived tables current row by row; for a bulk merge that
 * costs tens of microseconds per line and refreshDerivedData rebuilds the same tables from scratch anyway.
 * So they are dropped and re-created from their own stored SQL inside the commit's transaction: DDL is
 * transactional in SQLite, so a crash or rollback brings them back untouched.
 */
const suspendDerivedTriggers = (db: Sqlite): (() => void) => {
  const triggers = rawQuery<{ name: string; sql: string }>(
    db,
    `SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND name LIKE 'rl\\_%' ESCAPE '\\'
       AND tbl_name IN ('orders', 'order_lines', 'after_sales_cases', 'skus', 'products')`,
    { cache: false },
  ).all();
  for (const trigger of triggers) db.exec(`DROP TRIGGER main."${trigger.name.replace(/"/g, '""')}"`);
  return () => {
    for (const trigger of triggers) db.exec(trigger.sql);
  };
};

export const discardImport = (db: Sqlite, dataDir: string, importId: string, now: number): string => {
  const run = getRun(db, importId);
  if (!run) throw new AppError('NOT_FOUND', 'import_not_found', {}, `Import ${importId} not found.`);
  if (run.state !== 'previewing') return run.state;
  db.transaction(() => updateRun(db, importId, { state: 'cancelled', finished_at: now }))();
  dropStaging(dataDir, importId);
  return 'cancelled';
};
