import type { Sqlite } from '../../electron/backend/db/connection';

/** A tiny catalog for handler tests: one supplier, one product, two SKUs, one lot. */
export const insertCatalogFixture = (db: Sqlite, now: number): void => {
  db.prepare(`INSERT INTO suppliers (id, name, created_at) VALUES ('sup-1', '义乌织造', ?)`).run(now);
  db.prepare(`INSERT INTO suppliers (id, name, created_at) VALUES ('sup-2', 'Ningbo Knit', ?)`).run(now);
  db.prepare(`INSERT INTO products (id, name, product_code, supplier_id, created_at) VALUES ('prod-1', '纯棉T恤', 'TS', 'sup-1', ?)`).run(
    now,
  );
  db.prepare(
    `INSERT INTO skus (id, product_id, code, spec_text, barcode, unit_cost_fen, created_at) VALUES ('sku-1', 'prod-1', 'TS-RED-M', '红色 M', '6901234567890', 1500, ?)`,
  ).run(now);
  db.prepare(`INSERT INTO skus (id, product_id, code, spec_text, created_at) VALUES ('sku-2', 'prod-1', 'TS-BLU-L', '蓝色 L', ?)`).run(now);
  db.prepare(
    `INSERT INTO lots (id, sku_id, supplier_id, lot_code, received_at, quantity, created_at) VALUES ('lot-1', 'sku-1', 'sup-1', 'L2605A', ?, 500, ?)`,
  ).run(now, now);
};
