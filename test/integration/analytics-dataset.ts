import type { Sqlite } from '../../electron/backend/db/connection';
import { refreshDerivedData } from '../../electron/backend/db/derived';
import { seedDatabase } from '../../electron/backend/seed/seed';

/**
 * The dashboard correctness test's dataset: the project's seed (a year of a Pinduoduo shop, a few thousand orders
 * so the test stays fast), plus direct edits for the edges the seed does not produce but the definitions in
 * docs/METRICS.md name: a second store, unpaid orders, voided cases, cases without an order line, re-inspections
 * (the latest completed one counts), voided and draft inspections, the same defect type twice on one inspection,
 * SKUs without unit cost, and suppliers resolved at every level (lot, else SKU, else product).
 * The edits are bulk writes like an import's: the derived tables are rebuilt after them (the trigger path is
 * exercised separately, by the test's own edits).
 */
export interface DatasetIds {
  /** The seed's store first, then the second store. */
  stores: string[];
  /** Suppliers by number of lots, largest first. */
  suppliers: string[];
  products: string[];
  skus: string[];
  lots: string[];
}

export const datasetUntil = Date.UTC(2026, 10, 1);
const secondStore = 'st-2';

const ids = (db: Sqlite, sql: string) => (db.prepare(sql).all() as { id: string }[]).map((r) => r.id);

export const seedAnalyticsDataset = (db: Sqlite, orders = 3000): DatasetIds => {
  seedDatabase(db, { orders, seed: 7, until: datasetUntil });
  db.transaction(() => {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    run(`INSERT INTO stores (id, name, platform, created_at) VALUES (?, '第二家店', 'pinduoduo', ?)`, secondStore, datasetUntil);
    // A case belongs to its order's store (the reference joins the order's); keep both consistent.
    run(`UPDATE orders SET store_id = ? WHERE rowid % 3 = 0`, secondStore);
    run(`UPDATE after_sales_cases SET store_id = (SELECT o.store_id FROM orders o WHERE o.id = after_sales_cases.order_id)`);
    // Unpaid orders count nowhere, not even their cases.
    run(`UPDATE orders SET paid_at = NULL, status = 'other' WHERE rowid % 97 = 0`);
    run(`UPDATE orders SET paid_at = NULL WHERE id IN (SELECT order_id FROM after_sales_cases WHERE rowid % 43 = 0)`);
    // Voided cases count nowhere.
    run(`UPDATE after_sales_cases SET voided_at = requested_at + 3600000 WHERE rowid % 29 = 0`);
    // A case without an order line is attributed to the order's first line (by id): pick multi-line orders.
    run(`UPDATE after_sales_cases SET order_line_id = NULL WHERE rowid % 5 = 0
      AND order_id IN (SELECT order_id FROM order_lines GROUP BY order_id HAVING count(*) > 1)`);
    run(`UPDATE after_sales_cases SET order_line_id = NULL WHERE rowid % 31 = 0`);
    // Re-inspections: a later completed inspection with another finding replaces the first (one in three of
    // them finds nothing), a later voided one and a draft one do not.
    const inspected = db
      .prepare(
        `SELECT id, case_id AS caseId, inspector_id AS inspectorId, completed_at AS completedAt, quantity
      FROM inspections WHERE kind = 'return' AND state = 'completed' ORDER BY id`,
      )
      .all() as Array<{ id: string; caseId: string; inspectorId: string; completedAt: number; quantity: number }>;
    const defectTypes = ids(db, 'SELECT id FROM defect_types ORDER BY sort_order');
    const addInspection =
      db.prepare(`INSERT INTO inspections (id, kind, case_id, inspector_id, state, started_at, completed_at, disposition, quantity, updated_at)
      VALUES (?, 'return', ?, ?, ?, ?, ?, ?, ?, ?)`);
    const addDefect = db.prepare(
      `INSERT INTO inspection_defects (id, inspection_id, defect_type_id, class, quantity) VALUES (?, ?, ?, 'major', 1)`,
    );
    inspected.forEach((inspection, i) => {
      const later = inspection.completedAt + 86_400_000;
      if (i % 7 === 0) {
        const id = `${inspection.id}-re`;
        addInspection.run(
          id,
          inspection.caseId,
          inspection.inspectorId,
          'completed',
          later,
          later,
          i % 2 ? 'scrap' : 'return_to_supplier',
          inspection.quantity,
          later,
        );
        if (i % 3 !== 0) addDefect.run(`${id}-d1`, id, defectTypes[i % defectTypes.length]);
        if (i % 3 === 1) addDefect.run(`${id}-d2`, id, defectTypes[(i + 3) % defectTypes.length]);
      } else if (i % 11 === 0) {
        const id = `${inspection.id}-void`;
        addInspection.run(id, inspection.caseId, inspection.inspectorId, 'voided', later, later, 'scrap', inspection.quantity, later);
        addDefect.run(`${id}-d1`, id, defectTypes[0]);
      } else if (i % 13 === 0) {
        const id = `${inspection.id}-draft`;
        addInspection.run(id, inspection.caseId, inspection.inspectorId, 'draft', later, null, 'scrap', inspection.quantity, later);
        addDefect.run(`${id}-d1`, id, defectTypes[1]);
      } else if (i % 17 === 0) {
        // The same defect type twice on one unit counts once.
        const first = db
          .prepare('SELECT defect_type_id AS t FROM inspection_defects WHERE inspection_id = ? LIMIT 1')
          .get(inspection.id) as { t: string } | undefined;
        if (first) addDefect.run(`${inspection.id}-dup`, inspection.id, first.t);
      }
    });
    // Write-offs at unit cost: a SKU without a cost writes off nothing.
    run(`UPDATE skus SET unit_cost_fen = NULL WHERE rowid % 11 = 0`);
    // Supplier at every level: some lots fall back to their SKU's supplier, some SKUs to their product's.
    run(`UPDATE lots SET supplier_id = NULL WHERE rowid % 4 = 0`);
    run(`UPDATE skus SET supplier_id = NULL WHERE rowid % 3 = 0`);
    // The compensation ledger (migration 13): every kind, goodwill or not, some voided, some cases with two
    // entries, on counted cases and on voided, unpaid or cancelled ones alike (those must not count).
    const ledger = (prefix: string, where: string, kind: string) =>
      run(`INSERT INTO case_compensation (id, case_id, kind, amount_fen, paid_at, voided_at, void_reason, created_at)
        SELECT '${prefix}-' || c.id, c.id, ${kind}, 100 + (c.rowid * 37) % 2000, c.requested_at,
          CASE WHEN c.rowid % 9 = 0 THEN c.requested_at END, CASE WHEN c.rowid % 9 = 0 THEN 'entered twice' END, c.requested_at
        FROM after_sales_cases c WHERE ${where}`);
    ledger(
      'gw',
      'c.rowid % 5 = 0',
      `CASE c.rowid % 4 WHEN 0 THEN 'coupon' WHEN 1 THEN 'small_payment' WHEN 2 THEN 'partial_refund' ELSE 'return_freight' END`,
    );
    ledger('gw2', 'c.rowid % 15 = 0', `'small_payment'`);
    refreshDerivedData(db);
  })();
  return {
    stores: [...ids(db, 'SELECT id FROM stores ORDER BY created_at, id LIMIT 1'), secondStore],
    suppliers: ids(
      db,
      'SELECT supplier_id AS id FROM lots WHERE supplier_id IS NOT NULL GROUP BY supplier_id ORDER BY count(*) DESC, supplier_id',
    ),
    products: ids(db, 'SELECT id FROM products ORDER BY id'),
    skus: ids(db, 'SELECT id FROM skus ORDER BY id'),
    lots: ids(db, 'SELECT id FROM lots ORDER BY id'),
  };
};
