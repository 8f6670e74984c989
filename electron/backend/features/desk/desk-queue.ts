import type { DeskCounter, DeskQueueInput, deskQueueInputSchema } from '../../../../shared/contract/desk.contract';
import { deskDueSoonHours } from '../../../../shared/domain/desk';
import type { Sqlite } from '../../db/connection';
import { rawQuery } from '../../db/raw-sql';
import { caseAttributeFilters, caseRowsByIds } from '../cases/cases.list';
import type { z } from 'zod';

type QueueFilter = z.output<typeof deskQueueInputSchema>;
export type { DeskQueueInput };

/**
 * Every predicate starts with `voided_at IS NULL` and a `waiting_on` test, word for word, so SQLite reads the
 * partial indexes `cases_waiting_deadline` (0011) and `cases_assignee_waiting_deadline` (0015): the queue and its
 * counts touch the ~1,000 cases somebody is waiting on, never the whole table. `merchant_deadline_at` is the live
 * merchant clock (kept current by the clocks); only the merchant's cases are ever overdue.
 */
const merchantSql = `c.voided_at IS NULL AND c.waiting_on = 'merchant'`;
const othersSql = `c.voided_at IS NULL AND c.waiting_on IN ('buyer', 'platform', 'review')`;

const hour = 3_600_000;

/** The filters every tab shares (type, reason, dispute, SKU, store): the tab counts respect them too. */
const sharedFilterSql = (filter: QueueFilter, params: Record<string, unknown>): string => {
  const where = caseAttributeFilters(filter, params);
  if (filter.storeId) {
    where.push('c.store_id = @storeId');
    params.storeId = filter.storeId;
  }
  if (filter.skuCode) {
    // One indexed probe per waiting case, never a scan of a popular SKU's order lines.
    where.push(`EXISTS (SELECT 1 FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.id = c.order_line_id AND s.code = @sku)`);
    params.sku = filter.skuCode;
  }
  return where.map((w) => ` AND ${w}`).join('');
};

const viewSql = (filter: QueueFilter, params: Record<string, unknown>): string => {
  if (filter.view === 'others') {
    if (!filter.waitingOn) return othersSql;
    params.waitingOn = filter.waitingOn;
    return `${othersSql} AND c.waiting_on = @waitingOn`;
  }
  return filter.due === 'urgent' ? `${merchantSql} AND c.merchant_deadline_at < @soon` : merchantSql;
};

/**
 * Least time left first, in the partial indexes' own order (ties by rowid), so the first page reads 100 index
 * entries instead of sorting every waiting case (1.1 → 0.1 ms at 1M orders). A merchant case without a deadline
 * (an import without the column, before the clocks give it the policy default) sorts first: nobody knows how
 * long it has, so it is looked at before anything else.
 */
const orderSql = `c.merchant_deadline_at`;

/** The header's counter: one range of `cases_waiting_deadline`, whatever the store's size. */
export const deskCounter = (db: Sqlite, now: number): DeskCounter => {
  const row = rawQuery<{ overdue: number | null; dueSoon: number | null }>(
    db,
    `SELECT sum(c.merchant_deadline_at < @now) AS overdue, sum(c.merchant_deadline_at >= @now) AS dueSoon
       FROM after_sales_cases c WHERE ${merchantSql} AND c.merchant_deadline_at < @soon`,
  ).one({ now, soon: now + deskDueSoonHours * hour });
  return { overdue: row.overdue ?? 0, dueSoon: row.dueSoon ?? 0, now };
};

export const deskQueue = (db: Sqlite, filter: QueueFilter, me: string, now: number) => {
  const params: Record<string, unknown> = { now, soon: now + deskDueSoonHours * hour, me };
  const shared = sharedFilterSql(filter, params);
  const scope = filter.scope === 'mine' ? ' AND c.assignee_id = @me' : '';
  const where = `WHERE ${viewSql(filter, params)}${scope}${shared}`;
  const ids = rawQuery<{ id: string }>(db, `SELECT c.id FROM after_sales_cases c ${where} ORDER BY ${orderSql} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: filter.limit, offset: filter.offset })
    .map((r) => r.id);
  const total = rawQuery<{ n: number }>(db, `SELECT count(*) AS n FROM after_sales_cases c ${where}`).one(params).n;
  // Three small index ranges rather than one pass over both views: each keeps to its partial index.
  const countOf = (sql: string) =>
    rawQuery<{ n: number }>(db, `SELECT count(*) AS n FROM after_sales_cases c WHERE ${sql}${shared}`).one(params).n;
  const counts = {
    mine: countOf(`${merchantSql} AND c.assignee_id = @me`),
    team: countOf(merchantSql),
    others: countOf(othersSql),
  };
  return {
    rows: caseRowsByIds(db, ids),
    total,
    counts,
    counter: deskCounter(db, now),
    stores: rawQuery<{ id: string; name: string }>(db, `SELECT id, name FROM stores ORDER BY name`).all(),
    people: rawQuery<{ id: string; name: string; role: 'owner' | 'service' }>(
      db,
      `SELECT id, name, role FROM users WHERE active = 1 AND role IN ('owner', 'service') ORDER BY role = 'owner', name`,
    ).all(),
  };
};
