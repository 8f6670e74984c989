import type { CaseCard } from '../../../../shared/contract/scan.contract';
import { finishedCaseStatuses } from '../../../../shared/domain/aftersales';
import type { Row } from '../../db/schema';
import type { Sqlite } from '../../db/connection';
import { rawQuery } from '../../db/raw-sql';

/**
 * The case as the warehouse sees it, in one indexed row read. Raw prepared SQL (not the Kysely builder)
 * because the scan lookup must answer within a few milliseconds on a million orders.
 */
const cardColumns = /* sql */ `
  c.id, c.case_number, c.order_id, o.order_number, c.type, c.reason_category, c.reason_text, c.status, c.raw_status,
  c.requested_quantity, c.refund_fen, c.order_amount_fen, c.requested_at, c.return_tracking_number, c.return_courier,
  c.received_at, ru.name AS received_by_name, c.package_condition, s.code AS sku_code, s.spec_text AS sku_spec,
  COALESCE(ol.title, p.name) AS product_title, c.suggested_outcome, c.suggested_refund_fen, c.voided_at`;

const cardFrom = /* sql */ `
  FROM after_sales_cases c
  JOIN orders o ON o.id = c.order_id
  LEFT JOIN order_lines ol ON ol.id = c.order_line_id
  LEFT JOIN skus s ON s.id = ol.sku_id
  LEFT JOIN products p ON p.id = s.product_id
  LEFT JOIN users ru ON ru.id = c.received_by`;

type CaseRow = Row<'after_sales_cases'>;
export interface CaseCardRow extends Pick<
  CaseRow,
  | 'id'
  | 'case_number'
  | 'order_id'
  | 'type'
  | 'reason_category'
  | 'reason_text'
  | 'status'
  | 'raw_status'
  | 'requested_quantity'
  | 'refund_fen'
  | 'order_amount_fen'
  | 'requested_at'
  | 'return_tracking_number'
  | 'return_courier'
  | 'received_at'
  | 'package_condition'
  | 'suggested_outcome'
  | 'suggested_refund_fen'
  | 'voided_at'
> {
  order_number: string;
  received_by_name: string | null;
  sku_code: string | null;
  sku_spec: string | null;
  product_title: string | null;
}

export const toCaseCard = (r: CaseCardRow): CaseCard => ({
  id: r.id,
  caseNumber: r.case_number,
  orderId: r.order_id,
  orderNumber: r.order_number,
  type: r.type,
  reasonCategory: r.reason_category,
  reasonText: r.reason_text,
  status: r.status,
  rawStatus: r.raw_status,
  requestedQuantity: r.requested_quantity,
  refundFen: r.refund_fen,
  orderAmountFen: r.order_amount_fen,
  requestedAt: r.requested_at,
  returnTrackingNumber: r.return_tracking_number,
  returnCourier: r.return_courier,
  receivedAt: r.received_at,
  receivedByName: r.received_by_name,
  packageCondition: r.package_condition,
  skuCode: r.sku_code,
  skuSpec: r.sku_spec,
  productTitle: r.product_title,
  suggestedOutcome: r.suggested_outcome,
  suggestedRefundFen: r.suggested_refund_fen,
  finished: finishedCaseStatuses.includes(r.status),
  voided: r.voided_at !== null,
});

export const findCaseCard = (db: Sqlite, caseId: string): CaseCard | undefined => {
  const row = rawQuery<CaseCardRow>(db, `SELECT ${cardColumns} ${cardFrom} WHERE c.id = ?`).get(caseId);
  return row && toCaseCard(row);
};

/** The pick list shows at most this many cases (one number key each); one more is read to know whether there are more. */
export const pickListLimit = 9;

export const casesByReturnTracking = (db: Sqlite, code: string): CaseCardRow[] =>
  rawQuery<CaseCardRow>(
    db,
    `SELECT ${cardColumns} ${cardFrom} WHERE c.return_tracking_number = ? ORDER BY c.requested_at DESC LIMIT ${pickListLimit + 1}`,
  ).all(code);

export const casesByCaseNumber = (db: Sqlite, code: string): CaseCardRow[] =>
  rawQuery<CaseCardRow>(
    db,
    `SELECT ${cardColumns} ${cardFrom} WHERE c.case_number = ? ORDER BY c.requested_at DESC LIMIT ${pickListLimit + 1}`,
  ).all(code);

export const casesByOrderIds = (db: Sqlite, orderId: string): CaseCardRow[] =>
  rawQuery<CaseCardRow>(
    db,
    `SELECT ${cardColumns} ${cardFrom} WHERE c.order_id = ? ORDER BY c.requested_at DESC LIMIT ${pickListLimit + 1}`,
  ).all(orderId);

/**
 * Cases of a SKU still waiting at the warehouse, newest first (a parcel without a readable label, scanned by its
 * barcode). Read through scan_open_cases (migration 6): a popular SKU has tens of thousands of order lines but only
 * a few open cases, and that table holds exactly those, indexed by SKU and time.
 */
export const openCasesBySku = (db: Sqlite, skuId: string): CaseCardRow[] =>
  rawQuery<CaseCardRow>(
    db,
    `SELECT ${cardColumns} FROM scan_open_cases so
     JOIN after_sales_cases c ON c.id = so.case_id
     JOIN orders o ON o.id = c.order_id
     LEFT JOIN order_lines ol ON ol.id = c.order_line_id
     LEFT JOIN skus s ON s.id = ol.sku_id
     LEFT JOIN products p ON p.id = s.product_id
     LEFT JOIN users ru ON ru.id = c.received_by
     WHERE so.sku_id = ?
     ORDER BY so.requested_at DESC LIMIT ${pickListLimit + 1}`,
  ).all(skuId);
