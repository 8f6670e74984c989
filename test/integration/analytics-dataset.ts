import type { Sqlite } from '../../electron/backend/db/connection';

/**
 * A small, deterministic dataset for the dashboard tests, written with direct inserts so it exercises every
 * edge the definitions name: cancelled and unpaid orders, refund-only / exchange / resend cases, voided cases,
 * draft and voided inspections, re-inspections, two defect types on one unit (and the same type twice),
 * no-defect findings, write-off dispositions, SKUs without unit cost, lots with and without a supplier.
 */
const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export interface DatasetIds {
  stores: string[];
  suppliers: string[];
  products: string[];
  skus: string[];
  lots: string[];
}

const pad = (n: number, width = 5) => String(n).padStart(width, '0');

export const insertAnalyticsDataset = (db: Sqlite, inspectorId: string, orders = 1500, seed = 7): DatasetIds => {
  const rnd = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const now = Date.UTC(2026, 10, 1);
  const existingStore = (db.prepare('SELECT id FROM stores LIMIT 1').get() as { id: string }).id;
  const ids: DatasetIds = { stores: [existingStore, 'st-2'], suppliers: ['sup-1', 'sup-2', 'sup-3'], products: [], skus: [], lots: [] };
  const defectTypes = (db.prepare('SELECT id FROM defect_types ORDER BY sort_order LIMIT 8').all() as { id: string }[]).map((d) => d.id);

  db.transaction(() => {
    db.prepare(`INSERT INTO stores (id, name, platform, created_at) VALUES ('st-2', '第二家店', 'pinduoduo', ?)`).run(now);
    ids.suppliers.forEach((id, i) => db.prepare('INSERT INTO suppliers (id, name, created_at) VALUES (?, ?, ?)').run(id, `供应商${i + 1}`, now));
    for (let p = 0; p < 4; p++) {
      const productId = `prod-${p}`;
      ids.products.push(productId);
      db.prepare('INSERT INTO products (id, name, product_code, supplier_id, created_at) VALUES (?, ?, ?, ?, ?)').run(productId, `商品${p}`, `P${p}`, p === 3 ? null : ids.suppliers[p], now);
      for (let k = 0; k < 3; k++) {
        const skuId = `sku-${p}-${k}`;
        ids.skus.push(skuId);
        // SKU supplier overrides the product's on one SKU; one SKU has no unit cost.
        db.prepare('INSERT INTO skus (id, product_id, code, unit_cost_fen, supplier_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          skuId, productId, `SKU-${p}${k}`, p === 2 && k === 2 ? null : 500 + p * 300 + k * 70, p === 1 && k === 1 ? 'sup-3' : null, now);
        if (k < 2) {
          const lotId = `lot-${p}-${k}`;
          ids.lots.push(lotId);
          db.prepare('INSERT INTO lots (id, sku_id, supplier_id, lot_code, created_at) VALUES (?, ?, ?, ?, ?)').run(lotId, skuId, k === 0 ? 'sup-2' : null, `L${p}${k}`, now);
        }
      }
    }

    const insertOrder = db.prepare(`INSERT INTO orders (id, store_id, order_number, raw_status, status, paid_at, source, created_at, updated_at)
      VALUES (?, ?, ?, '', ?, ?, 'seed', ?, ?)`);
    const insertLine = db.prepare('INSERT INTO order_lines (id, order_id, sku_id, quantity, unit_price_fen, lot_id) VALUES (?, ?, ?, ?, ?, ?)');
    const insertCase = db.prepare(`INSERT INTO after_sales_cases (id, store_id, case_number, order_id, order_line_id, type, reason_category, raw_status, status,
      requested_at, merchant_deadline_at, responded_at, requested_quantity, refund_fen, return_freight_fen, source, voided_at, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, '', 'succeeded', ?, ?, ?, ?, ?, ?, 'seed', ?, ?, ?)`);
    const insertInspection = db.prepare(`INSERT INTO inspections (id, kind, case_id, inspector_id, state, started_at, completed_at, disposition, quantity, updated_at)
      VALUES (?, 'return', ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertDefect = db.prepare('INSERT INTO inspection_defects (id, inspection_id, defect_type_id, class, quantity) VALUES (?, ?, ?, ?, 1)');
    const start = Date.UTC(2025, 11, 1);
    const reasons = ['no_reason_7day', 'quality', 'not_as_described', 'wrong_size', 'missing_parts', 'transit_damage'] as const;
    const types = ['return_refund', 'return_refund', 'return_refund', 'exchange', 'refund_only', 'resend'] as const;
    let caseNo = 0;
    let inspectionNo = 0;
    for (let o = 0; o < orders; o++) {
      const orderId = `o-${pad(o)}`;
      const status = rnd() < 0.06 ? 'cancelled' : pick(['shipped', 'signed', 'signed'] as const);
      // Paid times straddle month ends in China time (UTC+8): 16:00–23:59 UTC is already the next day there.
      const paidAt = rnd() < 0.02 ? null : start + Math.floor(rnd() * 300) * 86_400_000 + Math.floor(rnd() * 86_400_000);
      insertOrder.run(orderId, pick(ids.stores), `2601-${pad(o, 8)}`, status, paidAt, now, now);
      const lineCount = rnd() < 0.2 ? 2 : 1;
      const lineIds: string[] = [];
      const skuOffset = Math.floor(rnd() * ids.skus.length);
      for (let l = 0; l < lineCount; l++) {
        const skuIndex = (skuOffset + l * 5) % ids.skus.length;
        const skuId = ids.skus[skuIndex] as string;
        const lot = skuId.endsWith('-2') || rnd() < 0.25 ? null : `lot-${skuId.slice(4)}`;
        const lineId = `ol-${pad(o)}-${l}`;
        insertLine.run(lineId, orderId, skuId, 1 + Math.floor(rnd() * 3), 1990, lot);
        lineIds.push(lineId);
      }
      if (rnd() > 0.3) continue;
      const caseId = `c-${pad(++caseNo)}`;
      const requestedAt = (paidAt ?? start) + Math.floor(rnd() * 20 * 86_400_000);
      const deadline = rnd() < 0.1 ? null : requestedAt + 2 * 86_400_000;
      const responded = rnd() < 0.15 ? null : requestedAt + Math.floor(rnd() * 3 * 86_400_000);
      insertCase.run(caseId, pick(ids.stores), `CS${pad(caseNo, 8)}`, orderId, rnd() < 0.15 ? null : pick(lineIds), pick(types), pick(reasons),
        requestedAt, deadline, responded, 1 + Math.floor(rnd() * 2), Math.floor(rnd() * 5000), rnd() < 0.5 ? 0 : 800,
        rnd() < 0.04 ? requestedAt : null, now, now);
      const inspections = rnd() < 0.3 ? 0 : rnd() < 0.15 ? 2 : 1;
      for (let i = 0; i < inspections; i++) {
        const inspectionId = `in-${pad(++inspectionNo)}`;
        const state = rnd() < 0.1 ? 'voided' : rnd() < 0.08 && i === inspections - 1 ? 'draft' : 'completed';
        const completedAt = state === 'draft' ? null : requestedAt + (i + 1) * 86_400_000;
        insertInspection.run(inspectionId, caseId, inspectorId, state, requestedAt, completedAt, pick(['restock', 'scrap', 'return_to_supplier', 'refurbish'] as const), 1, now);
        const defectCount = rnd() < 0.35 ? 0 : rnd() < 0.25 ? 2 : 1;
        for (let d = 0; d < defectCount; d++) insertDefect.run(`${inspectionId}-d${d}`, inspectionId, pick(defectTypes), 'major');
        if (defectCount === 1 && rnd() < 0.2) insertDefect.run(`${inspectionId}-dup`, inspectionId, (db.prepare('SELECT defect_type_id AS t FROM inspection_defects WHERE inspection_id = ?').get(inspectionId) as { t: string }).t, 'minor');
      }
    }
  })();
  return ids;
};
