import type { ImportPreview } from '../../../../shared/contract/imports.contract';
import { AppError } from '../../../../shared/contract/errors';
import { isSkippableRow } from '../../../../shared/domain/import-rows';
import type { Sqlite } from '../../db/connection';
import { rawCount } from '../../db/raw-sql';
import { newId } from '../../core/ids';
import { cleanOnce, readUploadMeta } from '../uploads/upload-store';
import type { CsvRecord } from './csv-rows';
import { findHeader } from './header';
import { copyRejects, firstRejects, insertRun, presetDefinitions, updateRun } from './import-runs.repository';
import { countChanges, emptyCounts, rejectCasesWithoutOrder } from './merge';
import { finishTracking, ImportCancelled, report, startTracking } from './progress';
import { canReadInWorker, readInWorker } from './read-rows';
import { RowStager, type StagedBatch } from './row-stager';
import { dropStaging, openStaging, withStaging, type StagingWriter } from './staging';
import { openTableSource } from './table-source';

interface PreviewDeps {
  db: Sqlite;
  dataDir: string;
  now: () => number;
  userId: string | null;
  /**
   * Runs synchronous work on the store once it may be used again: the preview reads its file across many
   * event-loop turns, and an import commit may have started meanwhile (core/exclusive.ts). Every store access
   * after an await goes through it.
   */
  whenFree: <T>(work: () => T) => Promise<T>;
}

const headerSearchRows = 30;
/** Rows per staged batch (one staging transaction each; a progress report each). */
const batchRows = 5000;
/** Below this a worker's start-up costs more than it saves. */
const workerMinBytes = 4 * 1024 * 1024;

/**
 * Reads the upload once, validating and staging every row, then counts what a commit would do. The store is
 * only written to record the run and its rejects. Yields to the event loop between batches, so other calls
 * (and imports.progress / imports.cancel) are answered while a big file is read.
 */
export const previewImport = async (deps: PreviewDeps, uploadId: string, presetId?: string): Promise<ImportPreview> => {
  const { db, dataDir, now } = deps;
  cleanOnce(dataDir, now());
  const meta = readUploadMeta(dataDir, uploadId);
  const importId = newId();
  insertRun(db, { id: importId, fileName: meta.name, fileSize: meta.size, userId: deps.userId, now: now() });
  const tracker = startTracking(importId, meta.size, now());
  let staging: StagingWriter | null = null;
  let records: AsyncGenerator<CsvRecord[]> | null = null;
  try {
    const source = openTableSource(meta.path, meta.name);
    updateRun(db, importId, { encoding: source.encoding });
    const presets = presetDefinitions(db);

    // The first records decide the layout (exports sometimes start with a title line above the header).
    records = source.batches();
    const head: CsvRecord[] = [];
    let exhausted = false;
    while (head.length < headerSearchRows) {
      const next = await records.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      // Not push(...batch): a chunk can hold hundreds of thousands of (blank) records, too many arguments.
      for (const record of next.value) head.push(record);
    }
    if (!head.length)
      throw new AppError('VALIDATION', 'file_empty', { file: meta.name }, `${meta.name}: the file is empty.`, { file: meta.name });
    const found = findHeader(head, presets, meta.name, presetId);
    const headerRecord = head[found.headerIndex];
    const header = headerRecord?.cells.map((c) => c.replace(/^\uFEFF/, '').trim()) ?? [];
    const headerRow = headerRecord?.row ?? 1;
    const rest = head.slice(found.headerIndex + 1);
    const samples = rest
      .filter((r) => !r.problem && !isSkippableRow(r.cells))
      .slice(0, 5)
      .map((r) => r.cells);
    if (found.status === 'unknown_layout') {
      await records.return(undefined);
      await deps.whenFree(() => updateRun(db, importId, { state: 'failed', error: 'unknown_layout', finished_at: now() }));
      finishTracking(importId, 'done');
      return {
        importId,
        fileName: meta.name,
        size: meta.size,
        encoding: source.encoding,
        delimiter: source.delimiter,
        headerRow,
        status: 'unknown_layout',
        kind: null,
        preset: null,
        headers: header,
        samples,
        dataRows: 0,
        skippedRows: 0,
        duplicateRows: 0,
        counts: emptyCounts(),
        rejectedRows: 0,
        rejects: [],
      };
    }
    const kind = found.match.preset.kind;
    const columns = found.match.columns;
    const headerOf = (field: string) => header[columns[field] ?? -1] ?? field;
    await deps.whenFree(() => updateRun(db, importId, { kind, preset: found.match.preset.id }));
    const writer = openStaging(dataDir, importId);
    staging = writer;

    let dataRows = 0;
    let skippedRows = 0;
    const write = (batch: StagedBatch) => {
      writer.write(batch, headerOf);
      dataRows += batch.dataRows;
      skippedRows += batch.skippedRows;
      report(tracker, 'reading', dataRows, batch.bytesRead, now());
    };
    if (source.encoding !== 'xlsx' && !exhausted && meta.size >= workerMinBytes && canReadInWorker()) {
      // Big CSV: a worker thread parses and checks rows while this thread writes them (read-worker.ts).
      await records.return(undefined);
      for await (const batch of readInWorker({
        path: meta.path,
        fileName: meta.name,
        kind,
        columns,
        headerRow,
        batchRows,
        delimiter: source.delimiter,
      }))
        write(batch);
    } else {
      const stager = new RowStager(kind, columns);
      stager.add(rest);
      while (!exhausted) {
        const next = await records.next();
        if (next.done) break;
        stager.add(next.value);
        if (stager.size >= batchRows) write(stager.take(source.bytesRead()));
      }
      write(stager.take(source.size));
    }
    if (dataRows === 0) {
      throw new AppError(
        'VALIDATION',
        'file_header_without_rows',
        { file: meta.name, row: headerRow },
        `${meta.name}: row ${headerRow} is a header but no data rows follow it.`,
        { file: meta.name, row: headerRow },
      );
    }
    const { duplicates: duplicateRows } = writer.finish();
    writer.close();
    staging = null;
    report(tracker, 'checking', dataRows, source.size, now());
    const caseColumn = headerOf('orderNumber');
    // The count and the first rejects read the store in one stretch, with no commit of another import under way.
    const { counts, rejected, rejects } = await deps.whenFree(() => {
      const counted = withStaging(db, dataDir, importId, () =>
        db.transaction(() => {
          if (kind === 'aftersales') rejectCasesWithoutOrder(db, caseColumn);
          const c = countChanges(db, kind);
          copyRejects(db, importId);
          const rejectedRowCount = rawCount(
            db,
            `SELECT count(DISTINCT row) AS n FROM stg.stage_rejects WHERE reason <> 'conflicting_duplicate'`,
            [],
            { cache: false },
          );
          c[kind === 'orders' ? 'order_lines' : 'cases'].rejected = rejectedRowCount;
          updateRun(db, importId, { counts: c, rejected_count: rejectedRowCount });
          return { counts: c, rejected: rejectedRowCount };
        })(),
      );
      return { ...counted, rejects: firstRejects(db, importId, 200) };
    });
    finishTracking(importId, 'done');
    return {
      importId,
      fileName: meta.name,
      size: meta.size,
      encoding: source.encoding,
      delimiter: source.delimiter,
      headerRow,
      status: 'ready',
      kind,
      preset: { id: found.match.preset.id, name: found.match.preset.name },
      headers: header,
      samples,
      dataRows,
      skippedRows,
      duplicateRows,
      counts,
      rejectedRows: rejected,
      rejects,
    };
  } catch (error) {
    staging?.close();
    await records?.return(undefined).catch(() => undefined);
    dropStaging(dataDir, importId);
    const cancelled = error instanceof ImportCancelled;
    await deps.whenFree(() =>
      updateRun(db, importId, {
        state: cancelled ? 'cancelled' : 'failed',
        error: cancelled ? 'cancelled' : error instanceof Error ? error.message : String(error),
        finished_at: now(),
      }),
    );
    finishTracking(importId, cancelled ? 'cancelled' : 'failed', error instanceof Error ? error.message : null);
    if (cancelled)
      throw new AppError(
        'CONFLICT',
        'import_preview_cancelled',
        { file: meta.name },
        `${meta.name}: the preview was cancelled; nothing was written.`,
        { importId },
      );
    throw error;
  }
};
