import type { ImportPreview } from '../../../../shared/contract/import.contract';
import { AppError } from '../../../../shared/contract/errors';
import type { ImportKind } from '../../../../shared/domain/import-presets';
import { isSkippableRow, readCase, readOrderLine } from '../../../../shared/domain/import-rows';
import type { Sqlite } from '../../db/connection';
import { newId } from '../../core/ids';
import { cleanOnce, readUploadMeta } from '../uploads/upload-store';
import type { CsvRecord } from './csv-rows';
import { findHeader } from './header';
import { copyRejects, firstRejects, insertRun, presetDefinitions, updateRun } from './import-runs.repository';
import { countChanges, rejectCasesWithoutOrder } from './merge';
import { finishTracking, ImportCancelled, report, startTracking } from './progress';
import { dropStaging, fingerprint, openStaging, withStaging } from './staging';
import { openTableSource } from './table-source';

export interface PreviewDeps {
  db: Sqlite;
  dataDir: string;
  now: () => number;
  userId: string | null;
}

const headerSearchRows = 30;

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
  let staging: ReturnType<typeof openStaging> | null = null;
  try {
    const source = openTableSource(meta.path, meta.name);
    updateRun(db, importId, { encoding: source.encoding });
    const presets = presetDefinitions(db);
    const head: CsvRecord[] = [];
    let kind: ImportKind | null = null;
    let header: string[] = [];
    let fieldColumns: Record<string, number> = {};
    let fieldHeaders: Record<string, string> = {};
    let dataRows = 0;
    let skippedRows = 0;
    let duplicateRows = 0;
    let headerRow = 0;

    const handle = (records: readonly CsvRecord[]) => {
      const writer = staging;
      if (!writer || !kind) return;
      const read = kind === 'orders' ? readOrderLine : readCase;
      // One field accessor for the whole batch, pointed at each row in turn (not a new closure per row).
      let cells: string[] = [];
      const cellOf = (field: string): string => {
        const at = fieldColumns[field];
        return at === undefined ? '' : (cells[at] ?? '');
      };
      writer.batch(() => {
        for (const record of records) {
          if (record.problem) {
            dataRows += 1;
            writer.reject(record.row, null, record.cells[0]?.slice(0, 200) ?? null, record.problem);
            continue;
          }
          if (isSkippableRow(record.cells)) {
            skippedRows += 1;
            continue;
          }
          dataRows += 1;
          cells = record.cells;
          const result = read(cellOf);
          if (!result.ok) {
            for (const r of result.rejects) writer.reject(record.row, fieldHeaders[r.field] ?? r.field, r.value, r.reason);
            continue;
          }
          if ('caseNumber' in result.value) writer.case(record.row, result.value, fingerprint(cells));
          else writer.line(record.row, result.value, fingerprint(cells));
        }
      });
    };

    let unknown: { headers: string[]; samples: string[][]; headerRow: number } | null = null;
    const decideHeader = () => {
      const found = findHeader(head, presets, meta.name, presetId);
      const headerRecord = head[found.headerIndex];
      header = headerRecord?.cells.map((c) => c.replace(/^\uFEFF/, '').trim()) ?? [];
      headerRow = headerRecord?.row ?? 1;
      const rest = head.slice(found.headerIndex + 1);
      if (found.status === 'unknown_layout') {
        unknown = { headers: header, samples: rest.filter((r) => !isSkippableRow(r.cells)).slice(0, 5).map((r) => r.cells), headerRow };
        return;
      }
      kind = found.match.preset.kind;
      fieldColumns = found.match.columns;
      fieldHeaders = Object.fromEntries(Object.entries(found.match.columns).map(([field, at]) => [field, header[at] ?? field]));
      updateRun(db, importId, { kind, preset: found.match.preset.id });
      staging = openStaging(dataDir, importId);
      handle(rest);
      return found.match.preset;
    };

    let preset: { id: string; name: string } | null = null;
    let decided = false;
    for await (const batch of source.batches()) {
      if (!decided) {
        head.push(...batch);
        if (head.length < headerSearchRows) continue;
        decided = true;
        preset = decideHeader() ?? null;
        if (unknown) break;
      } else handle(batch);
      report(tracker, 'reading', dataRows, source.bytesRead(), now());
    }
    if (!decided) {
      if (!head.length) throw new AppError('VALIDATION', `${meta.name}: the file is empty.`, { file: meta.name });
      preset = decideHeader() ?? null;
    }
    const samples = (): string[][] => [];
    if (unknown) {
      const u = unknown as { headers: string[]; samples: string[][]; headerRow: number };
      updateRun(db, importId, { state: 'failed', error: 'unknown_layout', finished_at: now() });
      finishTracking(importId, 'done');
      return {
        importId, fileName: meta.name, size: meta.size, encoding: source.encoding, delimiter: source.delimiter, headerRow: u.headerRow,
        status: 'unknown_layout', kind: null, preset: null, headers: u.headers, samples: u.samples, dataRows: 0, skippedRows: 0,
        duplicateRows: 0, counts: countChangesEmpty(), rejectedRows: 0, rejects: [],
      };
    }
    if (dataRows === 0) {
      throw new AppError('VALIDATION', `${meta.name}: row ${headerRow} is a header but no data rows follow it.`, { file: meta.name, row: headerRow });
    }
    const finished = (staging as ReturnType<typeof openStaging> | null)?.finish();
    duplicateRows = finished?.duplicates ?? 0;
    (staging as ReturnType<typeof openStaging> | null)?.close();
    staging = null;
    report(tracker, 'checking', dataRows, source.size, now());
    const importKind = kind as unknown as ImportKind;
    const caseColumn = fieldHeaders.orderNumber ?? 'orderNumber';
    const { counts, rejected } = withStaging(db, dataDir, importId, () =>
      db.transaction(() => {
        if (importKind === 'aftersales') rejectCasesWithoutOrder(db, caseColumn);
        const c = countChanges(db, importKind);
        const n = copyRejects(db, importId);
        const rejectedRowCount = (db.prepare(`SELECT count(DISTINCT row) AS n FROM stg.stage_rejects WHERE reason <> 'conflicting_duplicate'`).get() as { n: number }).n;
        c[importKind === 'orders' ? 'order_lines' : 'cases'].rejected = rejectedRowCount;
        updateRun(db, importId, { counts: c, rejected_count: rejectedRowCount });
        return { counts: c, rejected: n >= 0 ? rejectedRowCount : 0 };
      })(),
    );
    finishTracking(importId, 'done');
    return {
      importId, fileName: meta.name, size: meta.size, encoding: source.encoding, delimiter: source.delimiter, headerRow,
      status: 'ready', kind: importKind, preset, headers: header, samples: samples(), dataRows, skippedRows, duplicateRows,
      counts, rejectedRows: rejected, rejects: firstRejects(db, importId, 200),
    };
  } catch (error) {
    (staging as ReturnType<typeof openStaging> | null)?.close();
    dropStaging(dataDir, importId);
    const cancelled = error instanceof ImportCancelled;
    updateRun(db, importId, { state: cancelled ? 'cancelled' : 'failed', error: cancelled ? 'cancelled' : error instanceof Error ? error.message : String(error), finished_at: now() });
    finishTracking(importId, cancelled ? 'cancelled' : 'failed', error instanceof Error ? error.message : null);
    if (cancelled) throw new AppError('CONFLICT', `${meta.name}: the preview was cancelled; nothing was written.`, { importId });
    throw error;
  }
};

const countChangesEmpty = () => ({
  orders: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
  order_lines: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
  skus: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
  products: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
  cases: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
});
