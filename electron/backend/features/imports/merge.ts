import type { ImportCounts } from '../../../../shared/contract/imports.contract';
import { finishedCaseStatuses, warehouseCaseStatuses } from '../../../../shared/domain/aftersales';
import type { ImportKind } from '../../../../shared/domain/import-presets';
import type { Sqlite } from '../../db/connection';
import { rawCount, rawQuery, sqlList } from '../../db/raw-sql';
import { defaultStoreId } from '../orders/orders.repository';
import { randomBytes } from 'node:crypto';
import { newId } from '../../core/ids';
import { armFollowUpsForImport, syncClocksForImport } from '../clocks/import-clocks';

/**
 * Set-based merge of the staging file (attached as `stg`) into the store. The preview's counts and the
 * commit's writes use the same column lists, so "unchanged" in the preview means the commit leaves the row
 * alone. Only platform-owned columns are ever updated: what users enter (received_at, inspections, notes,
 * communications, lots, reason categories) is never in these lists.
 */

/** Order columns a newer export may change. Times and tracking never go back to blank once known. */
const orderCompare = [
  ['raw_status', 's.raw_status'],
  ['status', 's.status'],
  ['paid_at', 'coalesce(s.paid_at, o.paid_at)'],
  ['shipped_at', 'coalesce(s.shipped_at, o.shipped_at)'],
  ['signed_at', 'coalesce(s.signed_at, o.signed_at)'],
  ['confirmed_at', 'coalesce(s.confirmed_at, o.confirmed_at)'],
  ['tracking_number', 'coalesce(s.tracking, o.tracking_number)'],
  ['courier', 'coalesce(s.courier, o.courier)'],
  ['goods_total_fen', 's.goods_total'],
  ['postage_fen', 's.postage'],
  ['shop_discount_fen', 's.shop_discount'],
  ['platform_discount_fen', 's.platform_discount'],
  ['buyer_paid_fen', 's.buyer_paid'],
  ['merchant_received_fen', 's.merchant_received'],
  ['merchant_note', 's.note'],
] as const;

/** staged order column → orders column, for `excluded.` references in the upsert. */
const orderExcluded: Record<string, string> = {
  raw_status: 'raw_status',
  status: 'status',
  paid_at: 'paid_at',
  shipped_at: 'shipped_at',
  signed_at: 'signed_at',
  confirmed_at: 'confirmed_at',
  tracking: 'tracking_number',
  courier: 'courier',
  goods_total: 'goods_total_fen',
  postage: 'postage_fen',
  shop_discount: 'shop_discount_fen',
  platform_discount: 'platform_discount_fen',
  buyer_paid: 'buyer_paid_fen',
  merchant_received: 'merchant_received_fen',
  note: 'merchant_note',
};

/** Rewrites a compare expression for an upsert: the old row is the table, the incoming row is `excluded`. */
const forUpsert = (expr: string, table: string, oldAlias: string, map: Record<string, string>) =>
  expr
    .replace(new RegExp(`\\b${oldAlias}\\.`, 'g'), `${table}.`)
    .replace(/\bs\.(\w+)/g, (_, name: string) => `excluded.${map[name] ?? name}`);

/** Staged orders (staging.ts): one per order number; status/times from its first line, amounts summed over its lines. */
const stagedOrders = 'stg.stage_orders';

const orderDiffers = orderCompare.map(([col, expr]) => `o.${col} IS NOT ${expr}`).join(' OR ');

const unitPrice = 'CAST(round(1.0 * l.goods_total / l.quantity) AS INTEGER)';
const lineDiffers = `ol.quantity IS NOT l.quantity OR ol.unit_price_fen IS NOT ${unitPrice} OR ol.title IS NOT l.title`;

/** A warehouse step (received, inspected) is ours: only a final platform status (succeeded, closed) moves past it. */
const caseStatusExpr = (old: string, incoming: string) =>
  `CASE WHEN ${old} IN ${sqlList(warehouseCaseStatuses)} AND ${incoming} NOT IN ${sqlList(finishedCaseStatuses)} THEN ${old} ELSE ${incoming} END`;
const caseCompare = [
  ['raw_status', 's.raw_status'],
  ['status', caseStatusExpr('c.status', 's.status')],
  ['merchant_deadline_at', 'coalesce(s.deadline, c.merchant_deadline_at)'],
  ['refund_fen', 's.refund'],
  ['order_amount_fen', 'coalesce(s.order_amount, c.order_amount_fen)'],
  ['requested_quantity', 's.quantity'],
  ['return_tracking_number', 'coalesce(s.return_tracking, c.return_tracking_number)'],
  ['return_courier', 'coalesce(s.return_courier, c.return_courier)'],
] as const;
const caseDiffers = caseCompare.map(([col, expr]) => `c.${col} IS NOT ${expr}`).join(' OR ');

export const emptyCounts = (): ImportCounts => ({
  orders: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
  order_lines: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
  skus: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
  products: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
  cases: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
});

/** Every staged order is new (none updated or unchanged): the first import of an export. */
export const onlyNewOrders = (counts: ImportCounts): boolean =>
  counts.orders.new > 0 && counts.orders.updated + counts.orders.unchanged === 0;

type Tally = { new: number; updated: number; unchanged: number };
const tally = (db: Sqlite, text: string, store: string): Tally => {
  const row = rawQuery<{ n: number | null; u: number | null; total: number }>(db, text, { cache: false }).one({ store });
  const n = row.n ?? 0;
  const u = row.u ?? 0;
  return { new: n, updated: u, unchanged: row.total - n - u };
};

/**
 * Cases must belong to a known order. Unknown ones become rejects (in the staging file) and leave the staging
 * set, before counting. Answers how many were rejected.
 */
export const rejectCasesWithoutOrder = (db: Sqlite, caseColumn: string): number => {
  const store = defaultStoreId(db);
  const moved = db
    .prepare(
      `INSERT INTO stg.stage_rejects (row, column_name, value, reason)
       SELECT s.row, ?, s.order_number, 'unknown_order' FROM stg.stage_cases s
       WHERE NOT EXISTS (SELECT 1 FROM main.orders o WHERE o.store_id = @store AND o.order_number = s.order_number)`,
    )
    .run(caseColumn, { store }).changes;
  db.prepare(
    `DELETE FROM stg.stage_cases WHERE NOT EXISTS (SELECT 1 FROM main.orders o WHERE o.store_id = ? AND o.order_number = stg.stage_cases.order_number)`,
  ).run(store);
  return moved;
};

/** new / updated / unchanged per entity, comparing the staged rows with the store. */
export const countChanges = (db: Sqlite, kind: ImportKind): ImportCounts => {
  const store = defaultStoreId(db);
  const counts = emptyCounts();
  if (kind === 'orders') {
    // A store's first import (the big one: its history) has nothing to compare with: every staged order is new.
    const storeHasOrders = db.prepare(`SELECT 1 FROM main.orders WHERE store_id = ? LIMIT 1`).get(store) !== undefined;
    Object.assign(
      counts.orders,
      storeHasOrders
        ? tally(
            db,
            `SELECT count(*) AS total, sum(o.id IS NULL) AS n, sum(o.id IS NOT NULL AND (${orderDiffers})) AS u
            FROM ${stagedOrders} s LEFT JOIN main.orders o ON o.store_id = @store AND o.order_number = s.order_number`,
            store,
          )
        : tally(db, `SELECT count(*) AS total, count(*) AS n, 0 AS u FROM ${stagedOrders} WHERE @store IS NOT NULL`, store),
    );
    if (onlyNewOrders(counts)) {
      // Every order is new, so every line is: no need to look each one up (a million probes on a first import).
      const lines = rawCount(db, `SELECT count(*) AS n FROM stg.stage_lines`, [], { cache: false });
      Object.assign(counts.order_lines, { new: lines, updated: 0, unchanged: 0 });
    } else {
      Object.assign(
        counts.order_lines,
        tally(
          db,
          `SELECT count(*) AS total, sum(ol.id IS NULL) AS n, sum(ol.id IS NOT NULL AND (${lineDiffers})) AS u
        FROM stg.stage_lines l LEFT JOIN main.orders o ON o.store_id = @store AND o.order_number = l.order_number
        LEFT JOIN main.skus k ON k.code = l.sku_code LEFT JOIN main.order_lines ol ON ol.order_id = o.id AND ol.sku_id = k.id`,
          store,
        ),
      );
    }
    Object.assign(
      counts.skus,
      tally(
        db,
        `SELECT count(*) AS total, sum(k.id IS NULL) AS n, 0 AS u
      FROM stg.stage_skus s LEFT JOIN main.skus k ON k.code = s.sku_code WHERE @store IS NOT NULL`,
        store,
      ),
    );
    Object.assign(
      counts.products,
      tally(
        db,
        `SELECT count(*) AS total, sum(p.id IS NULL) AS n, 0 AS u
      FROM (SELECT DISTINCT product_code FROM stg.stage_skus s WHERE NOT EXISTS (SELECT 1 FROM main.skus k WHERE k.code = s.sku_code)) s
      LEFT JOIN main.products p ON p.product_code = s.product_code WHERE @store IS NOT NULL`,
        store,
      ),
    );
  } else {
    Object.assign(
      counts.cases,
      tally(
        db,
        `SELECT count(*) AS total, sum(c.id IS NULL) AS n, sum(c.id IS NOT NULL AND (${caseDiffers})) AS u
      FROM stg.stage_cases s LEFT JOIN main.after_sales_cases c ON c.store_id = @store AND c.case_number = s.case_number`,
        store,
      ),
    );
  }
  return counts;
};

/** 'derived': the rollups are refreshed; the last step a cancel can stop (commit.ts). */
type CommitStep = 'products' | 'skus' | 'orders' | 'order_lines' | 'cases' | 'indexes' | 'derived';

/** What the merge has done so far: yielded after each chunk, so the caller can report, yield and cancel. */
export interface MergeProgress {
  step: CommitStep;
  /** Staged rows written so far, of `total`. */
  rowsDone: number;
  total: number;
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Ids for a million rows made in SQL, not by a JS callback per row (~1.5 µs each): a ULID's 10-character time
 * part, 6 random Crockford characters for this import and table, then the staged row's rowid as 10 digits.
 * Still 26 Crockford characters, sortable by creation time and unique across PCs (time + 30 random bits).
 */
const idPrefix = (): string => {
  const random = randomBytes(6);
  let text = newId().slice(0, 10);
  for (const byte of random) text += crockford[byte & 31];
  return text;
};
const sqlId = (prefix: string, rowid: string) => `'${prefix}' || printf('%010d', ${rowid})`;

/**
 * A load that is large next to the table is faster with the secondary indexes dropped and rebuilt once, sorted,
 * than maintained row by row (measured on 1M orders: 9.2 s → 6.9 s). DDL is transactional: a rollback or a
 * kill brings them back.
 */
const bulkIndexes = ['orders_tracking', 'orders_paid', 'order_lines_sku'];
/** From this many staged rows a commit is a bulk load (here: indexes rebuilt; commit.ts: rollback journal). */
export const bulkLoadRows = 50_000;
const suspendIndexes = (db: Sqlite, staged: number, minRows: number): (() => void) => {
  const existing = rawCount(db, `SELECT count(*) AS n FROM main.orders`, [], { cache: false });
  if (staged < minRows || staged < existing / 2) return () => {};
  const indexes = rawQuery<{ name: string; sql: string }>(
    db,
    `SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND name IN (${bulkIndexes.map(() => '?').join(', ')})`,
    { cache: false },
  ).all(...bulkIndexes);
  for (const index of indexes) db.exec(`DROP INDEX main.${index.name}`);
  return () => {
    for (const index of indexes) db.exec(index.sql);
  };
};

/** Rows per statement: small enough that progress moves and a cancel is seen within a fraction of a second. */
const mergeChunkRows = 25_000;

/**
 * Writes the staged rows, chunk by chunk (ranges of staging rowids), inside the caller's transaction; yields
 * after each chunk. All orders first, then all lines, so every line finds its order.
 */
export function* mergeStaged(
  db: Sqlite,
  kind: ImportKind,
  importId: string,
  now: number,
  /** countChanges found no staged order in the store (checked in the same transaction). */
  newOrdersOnly: boolean,
  chunkRows = mergeChunkRows,
  minBulkRows = bulkLoadRows,
): Generator<MergeProgress> {
  const store = defaultStoreId(db);
  db.function('rl_new_id', { deterministic: false, varargs: false }, () => newId());
  const p = { store, now, importId };
  if (kind === 'orders') {
    const orders = rawCount(db, `SELECT count(*) AS n FROM ${stagedOrders}`, [], { cache: false });
    const lines = rawCount(db, `SELECT count(*) AS n FROM stg.stage_lines`, [], { cache: false });
    const total = orders + lines;
    db.prepare(
      `INSERT INTO main.products (id, name, product_code, platform_goods_id, created_at)
      SELECT rl_new_id(), coalesce(s.title, s.product_code), s.product_code, s.goods_id, @now
      FROM (SELECT product_code, title, goods_id, min(row) FROM stg.stage_skus l
        WHERE NOT EXISTS (SELECT 1 FROM main.skus k WHERE k.code = l.sku_code) GROUP BY product_code) s
      WHERE NOT EXISTS (SELECT 1 FROM main.products p WHERE p.product_code = s.product_code)
        AND @store IS NOT NULL AND @importId IS NOT NULL`,
    ).run(p);
    yield { step: 'products', rowsDone: 0, total };
    db.prepare(
      `INSERT INTO main.skus (id, product_id, code, platform_sku_id, spec_text, created_at)
      SELECT rl_new_id(), p.id, s.sku_code, s.platform_sku_id, s.spec, @now
      FROM stg.stage_skus s
      JOIN main.products p ON p.product_code = s.product_code
      WHERE NOT EXISTS (SELECT 1 FROM main.skus k WHERE k.code = s.sku_code) AND @store IS NOT NULL AND @importId IS NOT NULL`,
    ).run(p);
    yield { step: 'skus', rowsDone: 0, total };
    const restoreIndexes = suspendIndexes(db, orders, minBulkRows);
    const orderPrefix = idPrefix();
    const linePrefix = idPrefix();
    // All new (counted in this transaction): a plain INSERT, without the upsert's extra key lookup per row; a
    // conflict would still fail the statement, never overwrite.
    const orderUpsert = `ON CONFLICT (store_id, order_number) DO UPDATE SET
        ${orderCompare.map(([col, expr]) => `${col} = ${forUpsert(expr, 'orders', 'o', orderExcluded)}`).join(', ')},
        import_id = @importId, updated_at = @now
      WHERE ${orderCompare.map(([col, expr]) => `orders.${col} IS NOT ${forUpsert(expr, 'orders', 'o', orderExcluded)}`).join(' OR ')}`;
    const upsertOrders =
      db.prepare(`INSERT INTO main.orders (id, store_id, order_number, raw_status, status, paid_at, shipped_at, signed_at, confirmed_at, tracking_number, courier,
        goods_total_fen, postage_fen, shop_discount_fen, platform_discount_fen, buyer_paid_fen, merchant_received_fen, merchant_note,
        source, import_id, created_at, updated_at)
      SELECT ${sqlId(orderPrefix, 's.row')}, @store, s.order_number, s.raw_status, s.status, s.paid_at, s.shipped_at, s.signed_at, s.confirmed_at, s.tracking, s.courier,
        s.goods_total, s.postage, s.shop_discount, s.platform_discount, s.buyer_paid, s.merchant_received, s.note,
        'import', @importId, @now, @now
      FROM ${stagedOrders} s WHERE s.seq >= @from AND s.seq < @to
      ${newOrdersOnly ? '' : orderUpsert}`);
    // CROSS JOIN keeps the staged lines (a rowid range) as the outer loop.
    // A first import of one-line orders (every staged order new, no orders grouped from several lines) knows each
    // line's order id without looking it up: the id the orders statement just gave the line's own row.
    const linesAreNewOrders = newOrdersOnly && !db.prepare(`SELECT 1 FROM stg.sqlite_master WHERE name = 'stage_orders_grouped'`).get();
    const lineOrder = linesAreNewOrders
      ? { id: sqlId(orderPrefix, 'l.row'), join: '', where: '@store IS NOT NULL' }
      : { id: 'o.id', join: 'CROSS JOIN main.orders o', where: 'o.store_id = @store AND o.order_number = l.order_number' };
    const upsertLines = db.prepare(`INSERT INTO main.order_lines (id, order_id, sku_id, quantity, unit_price_fen, title)
      SELECT ${sqlId(linePrefix, 'l.rowid')}, ${lineOrder.id}, k.id, l.quantity, ${unitPrice}, l.title
      FROM stg.stage_lines l ${lineOrder.join} CROSS JOIN main.skus k
      WHERE l.rowid >= @from AND l.rowid < @to AND ${lineOrder.where}
        AND k.code = l.sku_code AND @now IS NOT NULL AND @importId IS NOT NULL
      ${
        newOrdersOnly
          ? ''
          : `ON CONFLICT (order_id, sku_id) DO UPDATE SET quantity = excluded.quantity, unit_price_fen = excluded.unit_price_fen, title = excluded.title
      WHERE order_lines.quantity IS NOT excluded.quantity OR order_lines.unit_price_fen IS NOT excluded.unit_price_fen OR order_lines.title IS NOT excluded.title`
      }`);
    // All orders first, then all lines (a line's order may sit in any chunk); rows in staging order, which
    // for an export sorted by time is also the order of the keys being appended.
    const lastSeq = (table: string, seq: string) =>
      rawCount(db, `SELECT coalesce(max(${seq}), 0) AS n FROM ${table}`, [], { cache: false });
    const lastOrder = lastSeq(stagedOrders, 'seq');
    for (let from = 1; from <= lastOrder; from += chunkRows) {
      upsertOrders.run({ ...p, from, to: from + chunkRows });
      yield { step: 'orders', rowsDone: Math.min(orders, from + chunkRows - 1), total };
    }
    const lastLine = lastSeq('stg.stage_lines', 'rowid');
    for (let from = 1; from <= lastLine; from += chunkRows) {
      upsertLines.run({ ...p, from, to: from + chunkRows });
      yield { step: 'order_lines', rowsDone: orders + Math.min(lines, from + chunkRows - 1), total };
    }
    restoreIndexes();
    yield { step: 'indexes', rowsDone: total, total };
    return;
  }
  const total = rawCount(db, `SELECT count(*) AS n FROM stg.stage_cases`, [], { cache: false });
  const casePrefix = idPrefix();
  const setCase = caseCompare.map(([col, expr]) => `${col} = ${forUpsert(expr, 'after_sales_cases', 'c', caseExcluded)}`).join(', ');
  const whereCase = caseCompare
    .map(([col, expr]) => `after_sales_cases.${col} IS NOT ${forUpsert(expr, 'after_sales_cases', 'c', caseExcluded)}`)
    .join(' OR ');
  const upsertCases =
    db.prepare(`INSERT INTO main.after_sales_cases (id, store_id, case_number, order_id, order_line_id, type, reason_category, reason_text, raw_status,
      status, requested_at, merchant_deadline_at, requested_quantity, refund_fen, order_amount_fen, return_tracking_number, return_courier,
      source, import_id, created_at, updated_at)
    SELECT ${sqlId(casePrefix, 's.rowid')}, @store, s.case_number, o.id,
      (SELECT ol.id FROM main.order_lines ol JOIN main.skus k ON k.id = ol.sku_id WHERE ol.order_id = o.id AND k.code = s.sku_code),
      s.type, s.reason_category, s.reason_text, s.raw_status, s.status, s.requested_at, s.deadline, s.quantity, s.refund, s.order_amount,
      s.return_tracking, s.return_courier, 'import', @importId, @now, @now
    FROM stg.stage_cases s JOIN main.orders o ON o.store_id = @store AND o.order_number = s.order_number WHERE s.rowid >= @from AND s.rowid < @to
    ON CONFLICT (store_id, case_number) DO UPDATE SET ${setCase}, import_id = @importId, updated_at = @now
    WHERE ${whereCase}`);
  const maxRowid = rawCount(db, `SELECT coalesce(max(rowid), 0) AS n FROM stg.stage_cases`, [], { cache: false });
  // Follow-ups need the status before this file overwrites it; the other clocks the status after.
  armFollowUpsForImport(db, p);
  let done = 0;
  for (let from = 1; from <= maxRowid; from += chunkRows) {
    upsertCases.run({ ...p, from, to: from + chunkRows });
    done = Math.min(total, done + chunkRows);
    yield { step: 'cases', rowsDone: done, total };
  }
  syncClocksForImport(db, p);
  if (maxRowid === 0) yield { step: 'cases', rowsDone: 0, total };
}

/** stage_cases column → after_sales_cases column, for `excluded.` references in the upsert. */
const caseExcluded: Record<string, string> = {
  raw_status: 'raw_status',
  status: 'status',
  deadline: 'merchant_deadline_at',
  refund: 'refund_fen',
  order_amount: 'order_amount_fen',
  quantity: 'requested_quantity',
  return_tracking: 'return_tracking_number',
  return_courier: 'return_courier',
};
