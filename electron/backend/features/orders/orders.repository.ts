import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import type { OrderStatus } from '../../../../shared/domain/aftersales';
import { newId } from '../../core/ids';
import type { Sqlite } from '../../db/connection';
import { first, run, sql$ } from '../../db/query';

/** The app manages one store today; every order and case belongs to it. */
export const defaultStoreId = (db: Sqlite): string => {
  const row = first(db, sql$.selectFrom('stores').select('id').orderBy('created_at').orderBy('id').limit(1));
  if (!row) throw notFound('store_missing', {}, 'Store not found');
  return row.id;
};

export const findOrderByNumber = (db: Sqlite, storeId: string, orderNumber: string) =>
  first(
    db,
    sql$.selectFrom('orders').select(['id', 'order_number']).where('store_id', '=', storeId).where('order_number', '=', orderNumber),
  );

interface ManualOrder {
  orderNumber: string;
  status: OrderStatus;
  rawStatus?: string;
  paidAt?: number;
  trackingNumber?: string;
  courier?: string;
  lines: ReadonlyArray<{ skuCode: string; quantity: number; unitPriceFen: number }>;
}

/**
 * Inserts an order and its lines (the caller's transaction makes it all-or-nothing). Rules are checked here with
 * field names a person can act on; the table constraints stay as the last line of defence.
 */
export const insertManualOrder = (db: Sqlite, order: ManualOrder, now: number) => {
  const storeId = defaultStoreId(db);
  if (findOrderByNumber(db, storeId, order.orderNumber)) {
    throw conflict('order_number_taken', { orderNumber: order.orderNumber }, `order_number ${order.orderNumber} already exists.`, {
      field: 'order_number',
      value: order.orderNumber,
    });
  }
  const skuIds = order.lines.map((line, i) => {
    const sku = first(db, sql$.selectFrom('skus').select('id').where('code', '=', line.skuCode));
    if (!sku)
      throw invalid(
        'order_line_unknown_sku',
        { line: i + 1, skuCode: line.skuCode },
        `lines.${i}.skuCode: unknown SKU code ${line.skuCode}`,
        { field: `lines.${i}.skuCode`, value: line.skuCode },
      );
    return sku.id;
  });
  const seen = new Set<string>();
  skuIds.forEach((skuId, i) => {
    if (seen.has(skuId))
      throw invalid(
        'order_line_sku_twice',
        { line: i + 1 },
        `lines.${i}.skuCode: the SKU appears twice; use one line with the total quantity`,
        { field: `lines.${i}.skuCode` },
      );
    seen.add(skuId);
  });
  const goodsTotal = order.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceFen, 0);
  const id = newId();
  run(
    db,
    sql$.insertInto('orders').values({
      id,
      store_id: storeId,
      order_number: order.orderNumber,
      raw_status: order.rawStatus ?? order.status,
      status: order.status,
      paid_at: order.paidAt ?? null,
      tracking_number: order.trackingNumber ?? null,
      courier: order.courier ?? null,
      goods_total_fen: goodsTotal,
      postage_fen: 0,
      shop_discount_fen: 0,
      platform_discount_fen: 0,
      buyer_paid_fen: goodsTotal,
      merchant_received_fen: goodsTotal,
      source: 'manual',
      created_at: now,
      updated_at: now,
    }),
  );
  const lineIds = order.lines.map((line, i) => {
    const lineId = newId();
    run(
      db,
      sql$.insertInto('order_lines').values({
        id: lineId,
        order_id: id,
        sku_id: skuIds[i] ?? '',
        quantity: line.quantity,
        unit_price_fen: line.unitPriceFen,
      }),
    );
    return lineId;
  });
  return { id, storeId, orderNumber: order.orderNumber, goodsTotalFen: goodsTotal, lineIds };
};
