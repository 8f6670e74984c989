import type { Sqlite } from '../../electron/backend/db/connection';
import { newId } from '../../electron/backend/core/ids';
import type { CaseStatus, CaseType, ReasonCategory } from '../../shared/domain/aftersales';
import { first, sql$ } from '../../electron/backend/db/query';
import { defaultStoreId } from '../../electron/backend/features/orders/orders.repository';

/**
 * A few real rows for the scan station's tests (real SQLite, real constraints): one product with a SKU and a
 * barcode, and orders with after-sales cases. Tests that need a million rows use the seed generator instead.
 */
interface FixtureCase {
  caseNumber: string;
  orderNumber: string;
  returnTracking?: string | null;
  orderTracking?: string | null;
  status?: CaseStatus;
  type?: CaseType;
  reason?: ReasonCategory;
  refundFen?: number;
  skuCode?: string;
}

export interface ScanFixture {
  storeId: string;
  skuIds: Record<string, string>;
  caseIds: Record<string, string>;
  orderIds: Record<string, string>;
}

export const insertScanFixture = (db: Sqlite, cases: FixtureCase[], now = Date.UTC(2026, 10, 20, 2)): ScanFixture => {
  const storeId = defaultStoreId(db);
  const productId = newId();
  const skuIds: Record<string, string> = {};
  const caseIds: Record<string, string> = {};
  const orderIds: Record<string, string> = {};
  db.transaction(() => {
    db.prepare('INSERT INTO products (id, name, product_code, created_at) VALUES (?, ?, ?, ?)').run(
      productId,
      '纯棉圆领T恤',
      'TS-100',
      now,
    );
    for (const [code, barcode, spec] of [
      ['TS-100-WH-M', '6901234567892', '白色 M'],
      ['TS-100-BK-L', '6901234567908', '黑色 L'],
    ] as const) {
      const id = newId();
      skuIds[code] = id;
      db.prepare(
        'INSERT INTO skus (id, product_id, code, spec_text, barcode, unit_cost_fen, created_at) VALUES (?, ?, ?, ?, ?, 2500, ?)',
      ).run(id, productId, code, spec, barcode, now);
    }
    const insertOrder = db.prepare(
      `INSERT INTO orders (id, store_id, order_number, raw_status, status, tracking_number, goods_total_fen, buyer_paid_fen, merchant_received_fen, source, created_at, updated_at)
       VALUES (?, ?, ?, '已签收', 'signed', ?, 7990, 7990, 7990, 'seed', ?, ?)`,
    );
    const insertLine = db.prepare(
      'INSERT INTO order_lines (id, order_id, sku_id, quantity, unit_price_fen, title) VALUES (?, ?, ?, 1, 7990, ?)',
    );
    const insertCase = db.prepare(
      `INSERT INTO after_sales_cases (id, store_id, case_number, order_id, order_line_id, type, reason_category, reason_text, raw_status, status,
         requested_at, requested_quantity, refund_fen, order_amount_fen, return_tracking_number, return_courier, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '已同意退货退款，待用户发货', ?, ?, 1, ?, 7990, ?, '中通快递', 'seed', ?, ?)`,
    );
    cases.forEach((c, i) => {
      let orderId = orderIds[c.orderNumber];
      const skuId = skuIds[c.skuCode ?? 'TS-100-WH-M'] ?? Object.values(skuIds)[0]!;
      let lineId: string;
      if (!orderId) {
        orderId = newId();
        orderIds[c.orderNumber] = orderId;
        insertOrder.run(orderId, storeId, c.orderNumber, c.orderTracking ?? null, now, now);
      }
      const existingLine = first(
        db,
        sql$.selectFrom('order_lines').select('id').where('order_id', '=', orderId).where('sku_id', '=', skuId),
      );
      if (existingLine) lineId = existingLine.id;
      else {
        lineId = newId();
        insertLine.run(lineId, orderId, skuId, '纯棉圆领T恤 白色 M');
      }
      const id = newId();
      caseIds[c.caseNumber] = id;
      insertCase.run(
        id,
        storeId,
        c.caseNumber,
        orderId,
        lineId,
        c.type ?? 'return_refund',
        c.reason ?? 'quality',
        '衣服开线了，质量有问题',
        c.status ?? 'awaiting_return',
        now - (cases.length - i) * 60_000,
        c.refundFen ?? 7990,
        c.returnTracking === undefined ? `ZT${7000000000 + i}` : c.returnTracking,
        now,
        now,
      );
    });
  })();
  return { storeId, skuIds, caseIds, orderIds };
};
