import type { ImportKind } from '../../../../shared/domain/import-presets';
import { CaseReader, OrderLineReader } from '../../../../shared/domain/import-row-readers';
import { isSkippableRow } from '../../../../shared/domain/import-rows';
import type { FieldReject } from '../../../../shared/domain/import-rows';
import type { CsvRecord } from './csv-rows';

/**
 * Turns parsed records into the staging file's rows: the row rules (shared/domain/import-rows.ts) applied,
 * and the result laid out as flat arrays — cheap to post from the read worker and to bind in multi-row
 * INSERTs. The same code runs in the worker (CSV) and in the backend's own thread (XLSX, or no worker).
 */

/** stage_lines columns, in order (staging.ts). */
export const lineWidth = 20;
/** stage_cases columns, in order. */
export const caseWidth = 16;
/** stage_skus columns: sku_code, product_code, platform_sku_id, spec, title, goods_id, row. */
export const skuWidth = 7;
/** A reject: row, field (null for a whole-row problem), value, reason. */
export const rejectWidth = 4;

export type Cell = string | number | null;

export interface StagedBatch {
  lines: Cell[];
  cases: Cell[];
  /** SKUs first named in this batch (a SKU's product, ids and spec come from the first line naming it). */
  skus: Cell[];
  rejects: Cell[];
  dataRows: number;
  skippedRows: number;
  /** Bytes of the file read when the batch was cut (progress). */
  bytesRead: number;
}

export class RowStager {
  private batch: StagedBatch = RowStager.empty();
  private readonly skusSeen = new Set<string>();
  /** The row rules compiled for this layout (column indexes resolved once). */
  private readonly orders: OrderLineReader | null;
  private readonly cases: CaseReader | null;

  constructor(kind: ImportKind, columns: Readonly<Record<string, number>>) {
    this.orders = kind === 'orders' ? new OrderLineReader(columns) : null;
    this.cases = kind === 'orders' ? null : new CaseReader(columns);
  }

  private static empty(): StagedBatch {
    return { lines: [], cases: [], skus: [], rejects: [], dataRows: 0, skippedRows: 0, bytesRead: 0 };
  }

  /** Rows waiting to be taken. */
  get size(): number {
    return this.batch.dataRows + this.batch.skippedRows;
  }

  add(records: readonly CsvRecord[]): void {
    const b = this.batch;
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as CsvRecord;
      if (record.problem) {
        b.dataRows += 1;
        b.rejects.push(record.row, null, record.cells[0]?.slice(0, 200) ?? null, record.problem);
        continue;
      }
      if (isSkippableRow(record.cells)) {
        b.skippedRows += 1;
        continue;
      }
      b.dataRows += 1;
      if (this.orders) this.addLine(this.orders, record);
      else if (this.cases) this.addCase(this.cases, record);
    }
  }

  take(bytesRead: number): StagedBatch {
    const taken = this.batch;
    taken.bytesRead = bytesRead;
    this.batch = RowStager.empty();
    return taken;
  }

  private addRejects(row: number, rejects: readonly FieldReject[]): void {
    for (const r of rejects) this.batch.rejects.push(row, r.field, r.value.slice(0, 500), r.reason);
  }

  private addLine(reader: OrderLineReader, record: CsvRecord): void {
    const row = record.row;
    if (!reader.read(record.cells)) return this.addRejects(row, reader.rejects);
    const r = reader.record;
    const b = this.batch;
    if (!this.skusSeen.has(r.skuCode)) {
      this.skusSeen.add(r.skuCode);
      b.skus.push(r.skuCode, r.productCode, r.platformSkuId, r.spec, r.title, r.goodsId, row);
    }
    b.lines.push(
      row,
      r.orderNumber,
      r.skuCode,
      r.rawStatus,
      r.status,
      r.quantity,
      r.title,
      r.goodsTotalFen,
      r.postageFen,
      r.shopDiscountFen,
      r.platformDiscountFen,
      r.buyerPaidFen,
      r.merchantReceivedFen,
      r.paidAt,
      r.shippedAt,
      r.signedAt,
      r.confirmedAt,
      r.trackingNumber,
      r.courier,
      r.merchantNote,
    );
  }

  private addCase(reader: CaseReader, record: CsvRecord): void {
    const row = record.row;
    if (!reader.read(record.cells)) return this.addRejects(row, reader.rejects);
    const r = reader.record;
    this.batch.cases.push(
      row,
      r.caseNumber,
      r.orderNumber,
      r.skuCode,
      r.type,
      r.rawStatus,
      r.status,
      r.requestedAt,
      r.quantity,
      r.refundFen,
      r.orderAmountFen,
      r.reasonText,
      r.reasonCategory,
      r.returnTracking,
      r.returnCourier,
      r.deadlineAt,
    );
  }
}
