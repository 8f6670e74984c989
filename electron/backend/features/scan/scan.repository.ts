import type { Sqlite } from '../../db/connection';
import { rawQuery } from '../../db/raw-sql';

interface OrderHit {
  id: string;
  order_number: string;
  raw_status: string;
  tracking_number: string | null;
  buyer_paid_fen: number;
}

export interface SkuHit {
  id: string;
  code: string;
  barcode: string | null;
  spec_text: string | null;
  product_name: string;
}

/**
 * Order numbers are unique per store; several stores may share one, hence a list. Naming the stores lets the
 * lookup seek UNIQUE (store_id, order_number), the only index on order numbers.
 */
export const ordersByNumberSql = `SELECT id, order_number, raw_status, tracking_number, buyer_paid_fen FROM orders
  WHERE store_id IN (SELECT id FROM stores) AND order_number = ? LIMIT 10`;
export const ordersByNumber = (db: Sqlite, code: string): OrderHit[] => rawQuery<OrderHit>(db, ordersByNumberSql).all(code);

/** Orders whose outbound shipment carried this tracking number (a parcel refused at the door comes back with it). */
export const ordersByTracking = (db: Sqlite, code: string): OrderHit[] =>
  rawQuery<OrderHit>(
    db,
    `SELECT id, order_number, raw_status, tracking_number, buyer_paid_fen FROM orders WHERE tracking_number = ? LIMIT 10`,
  ).all(code);

const skuSelect = `SELECT s.id, s.code, s.barcode, s.spec_text, p.name AS product_name FROM skus s JOIN products p ON p.id = s.product_id`;

export const skuByCode = (db: Sqlite, code: string): SkuHit | undefined => rawQuery<SkuHit>(db, `${skuSelect} WHERE s.code = ?`).get(code);

export const skusByBarcode = (db: Sqlite, code: string): SkuHit[] =>
  rawQuery<SkuHit>(db, `${skuSelect} WHERE s.barcode = ? LIMIT 10`).all(code);

export const unmatchedParcelIdsByCode = (db: Sqlite, code: string): string[] =>
  rawQuery<{ id: string }>(db, `SELECT id FROM unmatched_parcels WHERE code = ? ORDER BY received_at DESC LIMIT 10`)
    .all(code)
    .map((r) => r.id);
