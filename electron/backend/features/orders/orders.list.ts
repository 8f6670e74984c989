import { maxOrdersListed, type OrderListRow, type OrdersFilter } from '../../../../shared/contract/orders.contract';
import type { OrderStatus } from '../../../../shared/domain/aftersales';
import type { Sqlite } from '../../db/connection';
import { all, prepared, sql$ } from '../../db/query';
import { orderConditions, ordersOrderBy, planOrderSearch } from './orders-filter';

interface RawOrderRow extends Omit<OrderListRow, 'status' | 'units' | 'skuCodes'> {
  status: OrderStatus;
  units: number | null;
  skuCodes: string | null;
}

const rowSql = `SELECT o.id, o.order_number AS orderNumber, st.name AS storeName, o.status, o.raw_status AS rawStatus,
  o.paid_at AS paidAt, o.shipped_at AS shippedAt, o.signed_at AS signedAt, o.confirmed_at AS confirmedAt, o.tracking_number AS trackingNumber, o.courier,
  o.buyer_paid_fen AS buyerPaidFen, o.merchant_received_fen AS merchantReceivedFen,
  (SELECT sum(l.quantity) FROM order_lines l WHERE l.order_id = o.id) AS units,
  (SELECT group_concat(s.code, ' ') FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.order_id = o.id) AS skuCodes,
  (SELECT count(*) FROM after_sales_cases c WHERE c.order_id = o.id AND c.voided_at IS NULL) AS caseCount`;

/**
 * One page of orders, newest paid first (unpaid ones last), and how many match up to maxOrdersListed. Only the page's
 * rows are joined to their store, lines and cases; the filter and the order work on orders and its indexes alone.
 */
export const listOrders = (db: Sqlite, filter: OrdersFilter & { limit: number; offset: number }) => {
  const search = filter.q ? planOrderSearch(db, filter.q) : null;
  const params: unknown[] = [];
  const conditions = orderConditions(filter, search, params);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  // The page is chosen on orders alone; only its rows then get their store, lines and cases (computing those for
  // every match before sorting cost seconds for a search matching 50,000 orders). CROSS JOIN keeps the page as the
  // outer loop: with LIMIT as a parameter SQLite guessed the page large and walked every order against it (2 s).
  const rows = prepared(
    db,
    `${rowSql} FROM (SELECT o.rowid AS rid FROM orders o ${where} ORDER BY ${ordersOrderBy} LIMIT ? OFFSET ?) page
     CROSS JOIN orders o ON o.rowid = page.rid JOIN stores st ON st.id = o.store_id ORDER BY ${ordersOrderBy}`,
  ).all(...params, filter.limit, filter.offset) as RawOrderRow[];
  // A search broader than seekBound on its own, with nothing else narrowing it, needs no count: it is over the bound.
  // Otherwise the count stops at the bound.
  const onlySearch = filter.storeId === undefined && filter.from === undefined && filter.to === undefined;
  const counted =
    search?.broad && onlySearch
      ? maxOrdersListed + 1
      : (prepared(db, `SELECT count(*) FROM (SELECT 1 FROM orders o ${where} LIMIT ?)`)
          .pluck()
          .get(...params, maxOrdersListed + 1) as number);
  return {
    rows: rows.map((r): OrderListRow => ({ ...r, units: r.units ?? 0, skuCodes: r.skuCodes ?? '' })),
    total: Math.min(counted, maxOrdersListed),
    totalCapped: counted > maxOrdersListed,
  };
};

export const listStores = (db: Sqlite) => all(db, sql$.selectFrom('stores').select(['id', 'name']).orderBy('name'));
