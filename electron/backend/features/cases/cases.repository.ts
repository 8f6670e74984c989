import { conflict, invalid } from '../../../../shared/contract/errors';
import type { CaseStatus, CaseType, ReasonCategory } from '../../../../shared/domain/aftersales';
import { finishedCaseStatuses } from '../../../../shared/domain/aftersales';
import type { SuggestedOutcome } from '../../../../shared/domain/inspection';
import { newId } from '../../core/ids';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { Row, RowPatch } from '../../db/schema';
import { defaultStoreId, findOrderByNumber } from '../orders/orders.repository';

interface ManualCase {
  caseNumber: string;
  orderNumber: string;
  skuCode?: string;
  type: CaseType;
  reasonCategory: ReasonCategory;
  reasonText?: string;
  status: CaseStatus;
  requestedQuantity: number;
  refundFen: number;
  requestedAt?: number;
  deadlineAt?: number;
  returnTrackingNumber?: string;
}

const findLine = (db: Sqlite, orderId: string, skuCode: string | undefined) => {
  const lines = all(
    db,
    sql$
      .selectFrom('order_lines as l')
      .innerJoin('skus as s', 's.id', 'l.sku_id')
      .select(['l.id', 's.code'])
      .where('l.order_id', '=', orderId),
  );
  if (skuCode === undefined) return lines.length === 1 ? (lines[0]?.id ?? null) : null;
  const line = lines.find((l) => l.code === skuCode);
  if (!line)
    throw invalid('order_has_no_sku', { skuCode }, `skuCode: the order has no line with SKU ${skuCode}`, {
      field: 'skuCode',
      value: skuCode,
    });
  return line.id;
};

/** A case that arrived outside an export; its deadline defaults to requested time + the policy's response hours. */
export const insertManualCase = (db: Sqlite, input: ManualCase, now: number, responseHours: number): string => {
  const storeId = defaultStoreId(db);
  const order = findOrderByNumber(db, storeId, input.orderNumber);
  if (!order)
    throw invalid(
      'order_not_found',
      { orderNumber: input.orderNumber },
      `orderNumber: no order ${input.orderNumber}; enter the order first`,
      { field: 'orderNumber', value: input.orderNumber },
    );
  const exists = first(
    db,
    sql$.selectFrom('after_sales_cases').select('id').where('store_id', '=', storeId).where('case_number', '=', input.caseNumber),
  );
  if (exists)
    throw conflict('case_number_taken', { caseNumber: input.caseNumber }, `case_number ${input.caseNumber} already exists.`, {
      field: 'case_number',
      value: input.caseNumber,
    });
  const requestedAt = input.requestedAt ?? now;
  // A deadline before the request is a mistake (most often a date picked in another time zone): the case would be
  // overdue the moment it is saved.
  if (input.deadlineAt !== undefined && input.deadlineAt < requestedAt) {
    throw invalid('deadline_before_request', {}, 'deadlineAt: the deadline is before the request time.', {
      field: 'deadlineAt',
      deadlineAt: input.deadlineAt,
      requestedAt,
    });
  }
  const id = newId();
  run(
    db,
    sql$.insertInto('after_sales_cases').values({
      id,
      store_id: storeId,
      case_number: input.caseNumber,
      order_id: order.id,
      order_line_id: findLine(db, order.id, input.skuCode),
      type: input.type,
      reason_category: input.reasonCategory,
      reason_text: input.reasonText ?? null,
      raw_status: input.status,
      status: input.status,
      requested_at: requestedAt,
      merchant_deadline_at: input.deadlineAt ?? requestedAt + responseHours * 3_600_000,
      requested_quantity: input.requestedQuantity,
      refund_fen: input.refundFen,
      return_tracking_number: input.returnTrackingNumber ?? null,
      return_freight_fen: 0,
      dispute: 0,
      source: 'manual',
      created_at: now,
      updated_at: now,
    }),
  );
  return id;
};

interface CaseChange {
  status?: CaseStatus;
  resolution?: string | null;
  assigneeId?: string | null;
  dispute?: boolean;
  markResponded?: true;
}

/** The fields an audit row shows before and after a change. */
export const auditView = (row: Row<'after_sales_cases'>) => ({
  // Names the case in the audit log's sentences ("修改了售后单 <number>"); never shown as a change, it does not change.
  caseNumber: row.case_number,
  status: row.status,
  resolution: row.resolution,
  resolvedAt: row.resolved_at,
  assigneeId: row.assignee_id,
  dispute: row.dispute === 1,
  respondedAt: row.responded_at,
  voidedAt: row.voided_at,
});

export const applyCaseChange = (db: Sqlite, before: Row<'after_sales_cases'>, change: CaseChange, now: number): void => {
  if (before.voided_at !== null) throw conflict('case_voided', {}, 'This case was voided; it can no longer be changed.', { field: 'id' });
  if (change.assigneeId) {
    const user = first(db, sql$.selectFrom('users').select('active').where('id', '=', change.assigneeId));
    if (!user || user.active !== 1)
      throw invalid('assignee_not_active', {}, 'assigneeId: no active user with this id', { field: 'assigneeId' });
  }
  const finishing =
    change.status !== undefined && finishedCaseStatuses.includes(change.status) && !finishedCaseStatuses.includes(before.status);
  const patch: RowPatch<'after_sales_cases'> = {
    ...(change.status !== undefined && { status: change.status }),
    ...(change.resolution !== undefined && { resolution: change.resolution || null }),
    ...(change.assigneeId !== undefined && { assignee_id: change.assigneeId }),
    ...(change.dispute !== undefined && { dispute: change.dispute ? 1 : 0 }),
    // The first answer counts for deadline performance; marking again keeps the original time. Moving the case
    // on (a status change) is the merchant acting on it, so it is a first response too.
    ...((change.markResponded || (change.status !== undefined && change.status !== before.status)) &&
      before.responded_at === null && { responded_at: now }),
    ...(finishing && { resolved_at: now }),
    updated_at: now,
  };
  run(db, sql$.updateTable('after_sales_cases').set(patch).where('id', '=', before.id));
};

export const markVoided = (db: Sqlite, id: string, now: number): void => {
  run(db, sql$.updateTable('after_sales_cases').set({ voided_at: now, updated_at: now }).where('id', '=', id));
};

export const markRespondedIfFirst = (db: Sqlite, id: string, now: number): boolean =>
  run(
    db,
    sql$
      .updateTable('after_sales_cases')
      .set({ responded_at: now, updated_at: now })
      .where('id', '=', id)
      .where('responded_at', 'is', null),
  ) > 0;

/** What an inspection left on its case: the status it moved to and the outcome rule's suggestion (nulls when voided). */
export const setInspectionOutcome = (
  db: Sqlite,
  id: string,
  outcome: { status: CaseStatus; suggestedOutcome: SuggestedOutcome | null; suggestedRefundFen: number | null },
  now: number,
): void => {
  run(
    db,
    sql$
      .updateTable('after_sales_cases')
      .set({
        status: outcome.status,
        suggested_outcome: outcome.suggestedOutcome,
        suggested_refund_fen: outcome.suggestedRefundFen,
        updated_at: now,
      })
      .where('id', '=', id),
  );
};
