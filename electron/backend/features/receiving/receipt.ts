import type { ReceiptFlag } from '../../../../shared/contract/receiving.contract';
import { conflict, notFound } from '../../../../shared/contract/errors';
import { finishedCaseStatuses, returningCaseTypes, type CaseStatus } from '../../../../shared/domain/aftersales';
import type { PackageCondition } from '../../../../shared/domain/inspection';
import type { Sqlite } from '../../db/connection';
import { first, run, sql$ } from '../../db/query';
import type { Row } from '../../db/schema';
import { syncCaseClocks, type ClockSync } from '../clocks/clocks.repository';
import { casesByCaseNumber, casesByReturnTracking, findCaseCard } from '../scan/case-card.repository';
import { ordersByNumber, ordersByTracking } from '../scan/scan.repository';

/** Statuses a receipt moves forward to `received`; later platform states (refunding…) are kept as they are. */
const advancesToReceived: readonly CaseStatus[] = ['pending_merchant', 'awaiting_return', 'other'];

export const findCaseRow = (db: Sqlite, caseId: string): Row<'after_sales_cases'> => {
  const row = first(db, sql$.selectFrom('after_sales_cases').selectAll().where('id', '=', caseId));
  if (!row) throw notFound('case_not_found', {}, 'Case not found', { caseId });
  return row;
};

/**
 * Did the scanned label point at another order than the case's? A return tracking or case number that belongs
 * to this case is fine; an order number or outbound tracking number of a different order is a mismatch.
 */
const scannedOrderDiffers = (db: Sqlite, row: Row<'after_sales_cases'>, scannedCode: string): boolean => {
  if (row.return_tracking_number === scannedCode || row.case_number === scannedCode) return false;
  const caseHits = [...casesByReturnTracking(db, scannedCode), ...casesByCaseNumber(db, scannedCode)];
  if (caseHits.length > 0) return caseHits.every((c) => c.order_id !== row.order_id);
  const orders = [...ordersByNumber(db, scannedCode), ...ordersByTracking(db, scannedCode)];
  return orders.length > 0 && orders.every((o) => o.id !== row.order_id);
};

export const receiptFlagsFor = (db: Sqlite, row: Row<'after_sales_cases'>, scannedCode?: string): ReceiptFlag[] => {
  const flags: ReceiptFlag[] = [];
  if (row.voided_at !== null) flags.push('case_voided');
  if (finishedCaseStatuses.includes(row.status)) flags.push('case_finished');
  if (!returningCaseTypes.includes(row.type)) flags.push('not_a_return');
  if (scannedCode && scannedOrderDiffers(db, row, scannedCode)) flags.push('order_mismatch');
  return flags;
};

export interface Receipt {
  at: number;
  by: string;
  condition: PackageCondition | null;
}

/**
 * Records the goods as received, and arms the refund clock. A finished or voided case keeps its status (the parcel is flagged instead of
 * silently reopening the case); a case already received is refused so the first receipt's time and person stay.
 */
export const markReceived = (db: Sqlite, row: Row<'after_sales_cases'>, receipt: Receipt, now: number, clocks: ClockSync) => {
  if (row.received_at !== null) {
    const by = findCaseCard(db, row.id)?.receivedByName ?? '?';
    throw conflict(
      'case_already_received',
      { caseNumber: row.case_number, name: by },
      `Case ${row.case_number} was already received (by ${by}); its first receipt is kept.`,
      {
        caseId: row.id,
        receivedAt: row.received_at,
      },
    );
  }
  const finished = finishedCaseStatuses.includes(row.status) || row.voided_at !== null;
  const status: CaseStatus = !finished && advancesToReceived.includes(row.status) ? 'received' : row.status;
  run(
    db,
    sql$
      .updateTable('after_sales_cases')
      .set({ received_at: receipt.at, received_by: receipt.by, package_condition: receipt.condition, status, updated_at: now })
      .where('id', '=', row.id),
  );
  // The goods are back: the refund clock starts (policy hours, at most the legal 7 days) and the respond clock is met.
  syncCaseClocks(clocks, row.id);
  return {
    before: { status: row.status, receivedAt: null },
    after: { status, receivedAt: receipt.at, packageCondition: receipt.condition },
  };
};
