import type { CaseRow, CaseStatusGroup } from '../../../../shared/contract/cases.contract';
import { dueSoonHours } from '../../../../shared/contract/cases.contract';
import type { CaseStatus, CaseType, ReasonCategory } from '../../../../shared/domain/aftersales';
import { finishedCaseStatuses, refundAgreedByOfText } from '../../../../shared/domain/aftersales';
import type { Sqlite } from '../../db/connection';
import { rawCount, rawQuery, sqlList } from '../../db/raw-sql';

interface CaseListFilter {
  group: CaseStatusGroup;
  type?: CaseType;
  reasonCategory?: ReasonCategory;
  dispute?: boolean;
  q?: string;
  sort: 'urgency' | 'newest';
  limit: number;
  offset: number;
}

const finishedList = sqlList(finishedCaseStatuses);
/**
 * Open: not finished and not voided. Waiting: open, waiting on the merchant (not the buyer or the platform:
 * `waiting_on`, migration 0011), with a deadline. Only those can be late. The deadline is the merchant's running
 * clock (features/clocks): a first reply to the buyer does not stop it; only the case leaving the merchant (agreed,
 * refused, refunded: a status change here or in a newer export) does, and a case sent back to the merchant re-arms it.
 */
const openSql = `c.voided_at IS NULL AND c.status NOT IN ${finishedList}`;
const waitingSql = `${openSql} AND c.waiting_on = 'merchant' AND c.merchant_deadline_at IS NOT NULL`;
const groupSql: Record<CaseStatusGroup, string> = {
  open: openSql,
  overdue: `${waitingSql} AND c.merchant_deadline_at < @now`,
  due_soon: `${waitingSql} AND c.merchant_deadline_at >= @now AND c.merchant_deadline_at < @soon`,
  needs_review: `${openSql} AND c.waiting_on = 'review'`,
  all: '1 = 1',
};

/** Waiting on the merchant first (most overdue on top), then by deadline, cases without a deadline last. */
const urgencyOrder = `CASE WHEN ${waitingSql} THEN 0
                           WHEN ${openSql} THEN 1 ELSE 2 END,
                      c.merchant_deadline_at IS NULL, c.merchant_deadline_at, c.requested_at DESC`;

const rowColumns = `c.id, c.case_number AS caseNumber, o.order_number AS orderNumber, c.type,
  c.reason_category AS reasonCategory, c.reason_text AS reasonText, c.status, c.raw_status AS rawStatus, c.waiting_on AS waitingOn,
  c.requested_at AS requestedAt, c.merchant_deadline_at AS deadlineAt, c.responded_at AS respondedAt,
  c.refund_fen AS refundFen, c.requested_quantity AS requestedQuantity, c.return_tracking_number AS returnTrackingNumber,
  c.dispute AS disputeFlag, c.assignee_id AS assigneeId, u.name AS assigneeName, s.code AS skuCode, p.name AS productName,
  c.voided_at AS voidedAt`;

const joins = `FROM after_sales_cases c
  JOIN orders o ON o.id = c.order_id
  LEFT JOIN order_lines l ON l.id = c.order_line_id
  LEFT JOIN skus s ON s.id = l.sku_id
  LEFT JOIN products p ON p.id = s.product_id
  LEFT JOIN users u ON u.id = c.assignee_id`;

type RawCaseRow = Omit<CaseRow, 'dispute' | 'voided' | 'refundAgreedBy'> & { disputeFlag: number; voidedAt: number | null };
const toCaseRow = ({ disputeFlag, voidedAt, ...row }: RawCaseRow): CaseRow => ({
  ...row,
  refundAgreedBy: row.status === 'refunding' ? refundAgreedByOfText(row.rawStatus) : null,
  dispute: disputeFlag === 1,
  voided: voidedAt !== null,
});

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Filters work on the cases table alone, so the list never joins every case to sort them. Text search matches a
 * substring of the case number, return tracking number, order number or outbound tracking number; orders are
 * reached through each case's order id (one indexed lookup per case), never by scanning all orders.
 */
const textMatchSql = `SELECT c.id FROM after_sales_cases c JOIN orders o ON o.id = c.order_id
  WHERE c.case_number LIKE @q ESCAPE '\\' OR c.return_tracking_number LIKE @q ESCAPE '\\'
     OR o.order_number LIKE @q ESCAPE '\\' OR o.tracking_number LIKE @q ESCAPE '\\'`;

/** Type, reason and dispute: the filters the cases list and the service desk's queue share (same parameter names). */
export const caseAttributeFilters = (
  filter: Pick<CaseListFilter, 'type' | 'reasonCategory' | 'dispute'>,
  params: Record<string, unknown>,
): string[] => {
  const where: string[] = [];
  if (filter.type) {
    where.push('c.type = @type');
    params.type = filter.type;
  }
  if (filter.reasonCategory) {
    where.push('c.reason_category = @reason');
    params.reason = filter.reasonCategory;
  }
  if (filter.dispute !== undefined) {
    where.push('c.dispute = @dispute');
    params.dispute = filter.dispute ? 1 : 0;
  }
  return where;
};

const filterSql = (db: Sqlite, filter: CaseListFilter, params: Record<string, unknown>): string => {
  const where = caseAttributeFilters(filter, params);
  if (filter.q) {
    // Matched once per request; the page, total and badge queries then reuse the (small) set of ids.
    const like = `%${escapeLike(filter.q)}%`;
    const matched = rawQuery<{ id: string }>(db, textMatchSql)
      .all({ q: like })
      .map((r) => r.id);
    where.push('c.id IN (SELECT value FROM json_each(@qIds))');
    params.qIds = JSON.stringify(matched);
  }
  return where.length ? ` AND ${where.join(' AND ')}` : '';
};

/** The list's rows for a page of ids, in the ids' order (a page is chosen on the bare table first). */
export const caseRowsByIds = (db: Sqlite, ids: readonly string[]): CaseRow[] => {
  const byId = new Map(
    ids.length === 0
      ? []
      : rawQuery<RawCaseRow>(db, `SELECT ${rowColumns} ${joins} WHERE c.id IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(ids))
          .map((row) => [row.id, row] as const),
  );
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCaseRow(row)] : [];
  });
};

export const listCases = (db: Sqlite, filter: CaseListFilter, now: number) => {
  const params: Record<string, unknown> = { now, soon: now + dueSoonHours * 3_600_000 };
  const extra = filterSql(db, filter, params);
  const where = `WHERE ${groupSql[filter.group]}${extra}`;
  const order = filter.sort === 'urgency' ? urgencyOrder : 'c.requested_at DESC';
  // Page first on the bare table, then fetch the joined columns for just that page.
  const ids = rawQuery<{ id: string }>(db, `SELECT c.id FROM after_sales_cases c ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: filter.limit, offset: filter.offset })
    .map((r) => r.id);
  const rows = caseRowsByIds(db, ids);
  const total = rawCount(db, `SELECT count(*) AS n FROM after_sales_cases c ${where}`, [params]);
  // Badge counts ignore the queue but respect the other filters, so "3 overdue" matches what a click shows.
  const counts = rawQuery<{ open: number; overdue: number; due_soon: number; needs_review: number; all: number }>(
    db,
    `SELECT
       coalesce(sum(CASE WHEN ${groupSql.open} THEN 1 ELSE 0 END), 0) AS open,
       coalesce(sum(CASE WHEN ${groupSql.overdue} THEN 1 ELSE 0 END), 0) AS overdue,
       coalesce(sum(CASE WHEN ${groupSql.due_soon} THEN 1 ELSE 0 END), 0) AS due_soon,
       coalesce(sum(CASE WHEN ${groupSql.needs_review} THEN 1 ELSE 0 END), 0) AS needs_review,
       count(*) AS "all"
     FROM after_sales_cases c WHERE 1 = 1${extra}`,
  ).one(params);
  return { rows, total, counts, now };
};

/** Every case the list shows for these filters, on all its pages: what exporting the list writes. */
export const listCaseIds = (
  db: Sqlite,
  filter: Pick<CaseListFilter, 'group' | 'type' | 'reasonCategory' | 'dispute' | 'q'>,
  now: number,
): string[] => {
  const params: Record<string, unknown> = { now, soon: now + dueSoonHours * 3_600_000 };
  const extra = filterSql(db, { ...filter, sort: 'urgency', limit: 0, offset: 0 }, params);
  return rawQuery<{ id: string }>(db, `SELECT c.id FROM after_sales_cases c WHERE ${groupSql[filter.group]}${extra}`)
    .all(params)
    .map((r) => r.id);
};

export const caseRowById = (db: Sqlite, id: string): CaseRow | undefined => {
  const row = rawQuery<RawCaseRow>(db, `SELECT ${rowColumns} ${joins} WHERE c.id = ?`).get(id);
  return row ? toCaseRow(row) : undefined;
};

export type { CaseStatus };
