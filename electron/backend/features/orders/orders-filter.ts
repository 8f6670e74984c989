import { maxOrdersListed, type OrdersFilter } from '../../../../shared/contract/orders.contract';
import type { Sqlite } from '../../db/connection';
import { prepared } from '../../db/query';

/** Above every character an order number, tracking number or SKU code holds: `x >= p AND x < p || top` is "starts with p". */
const top = '\u{10FFFF}';

/**
 * Where a search looks: each branch can seek its matching ids through an index range, or check one order at a
 * time (`walk`). Unary + in the walks keeps SQLite from turning them into seeks: the list must stay on orders_paid.
 */
const branches = [
  {
    seek: 'SELECT id FROM orders WHERE store_id IN (SELECT id FROM stores) AND order_number >= ? AND order_number < ?',
    walk: '(+o.order_number >= ? AND +o.order_number < ?)',
  },
  {
    seek: 'SELECT id FROM orders WHERE tracking_number >= ? AND tracking_number < ?',
    walk: '(+o.tracking_number >= ? AND +o.tracking_number < ?)',
  },
  {
    seek: 'SELECT l.order_id FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE s.code >= ? AND s.code < ?',
    walk: 'EXISTS (SELECT 1 FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.order_id = o.id AND s.code >= ? AND s.code < ?)',
  },
] as const;

/** Letters are also tried upper-case: labels and SKU codes print them so, people type them either way. */
const prefixesOf = (q: string): string[] => [...new Set([q, q.toUpperCase()])];

/**
 * A branch matching at most this many orders is sought through its index. Each sought id costs a random read of its
 * order (for the paid time it sorts by): measured on a million orders, 10,000 ids take ~50 ms, 47,000 took 2-3 s.
 * Above it a walk usually wins: a SKU on one order in twenty fills a page after ~1,000 rows (13 ms). Its worst case
 * is a prefix whose matches all lie far down orders_paid (an old month's order numbers, "2512"): ~1 s.
 */
export const seekBound = maxOrdersListed;

/**
 * A search's SQL condition on `orders o`. A branch matching at most seekBound orders is sought through its index
 * (a full order number or tracking number: one entry). A branch matching more ("2", a SKU sold a million times) is
 * checked row by row while orders_paid is walked newest first, where a page fills after a few rows; building the set
 * of every match would take seconds. Counting a branch stops at seekBound + 1 entries.
 */
export interface OrderSearch {
  condition: string;
  params: unknown[];
  /** Some branch matches more than seekBound on its own: the total is at least that. */
  broad: boolean;
}

export const planOrderSearch = (db: Sqlite, q: string): OrderSearch => {
  const seeks: string[] = [];
  const walks: string[] = [];
  const seekParams: unknown[] = [];
  const walkParams: unknown[] = [];
  for (const p of prefixesOf(q)) {
    for (const branch of branches) {
      const matches = prepared(db, `SELECT count(*) FROM (${branch.seek} LIMIT ?)`)
        .pluck()
        .get(p, p + top, seekBound + 1) as number;
      if (matches === 0) continue;
      if (matches > seekBound) {
        walks.push(branch.walk);
        walkParams.push(p, p + top);
      } else {
        seeks.push(branch.seek);
        seekParams.push(p, p + top);
      }
    }
  }
  const parts = [...(seeks.length ? [`o.id IN (${seeks.join(' UNION ALL ')})`] : []), ...walks];
  return { condition: parts.length ? `(${parts.join(' OR ')})` : '0', params: [...seekParams, ...walkParams], broad: walks.length > 0 };
};

/**
 * SQL conditions on `orders o` for the orders list and its export, pushed with their parameters so both answer the
 * same rows.
 */
export const orderConditions = (filter: OrdersFilter, search: OrderSearch | null, params: unknown[]): string[] => {
  const conditions: string[] = [];
  if (filter.storeId) {
    // Unary + keeps SQLite off the (store_id, order_number) index: with one store it would sort every order by paid
    // time, where walking orders_paid newest first stops after one page.
    conditions.push('+o.store_id = ?');
    params.push(filter.storeId);
  }
  if (filter.from !== undefined) {
    conditions.push('o.paid_at >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    conditions.push('o.paid_at < ?');
    params.push(filter.to);
  }
  if (search) {
    conditions.push(search.condition);
    params.push(...search.params);
  }
  return conditions;
};

/** Newest paid first, unpaid last; rowid breaks ties in the index's own order, so no sort is needed for it. */
export const ordersOrderBy = 'o.paid_at DESC, o.rowid DESC';
