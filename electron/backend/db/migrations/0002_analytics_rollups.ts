import type { Migration } from './migration';

/**
 * The quality dashboard's rollups (docs/METRICS.md), kept current by triggers inside the transaction that
 * writes the facts, so every handler that writes orders, cases or inspections keeps them right without
 * knowing they exist. Bulk loaders additionally call refreshDerivedData, which rebuilds them from scratch.
 *
 * - rl_sales_monthly: units sold per paid month (China time) × store × SKU × lot ('' = no lot), counting
 *   order lines of orders that are paid and not cancelled. Maintained additively (± quantity).
 * - rl_case_facts: one row per counted case (not voided, order paid and not cancelled) with its cohort
 *   month, units, money and the finding of its latest completed return inspection. Recomputed per case.
 * - rl_case_defects: the distinct defect types found by that inspection, one row per (case, type).
 */
const month = (ms: string) => `strftime('%Y-%m', ${ms} / 1000 + 28800, 'unixepoch')`;

const salesDelta = (line: 'NEW' | 'OLD', sign: '+' | '-') => /* sql */ `
  INSERT INTO rl_sales_monthly (month, store_id, sku_id, lot_key, units)
  SELECT ${month('o.paid_at')}, o.store_id, ${line}.sku_id, COALESCE(${line}.lot_id, ''), ${sign}${line}.quantity
  FROM orders o WHERE o.id = ${line}.order_id AND o.paid_at IS NOT NULL AND o.status <> 'cancelled'
  ON CONFLICT DO UPDATE SET units = units + excluded.units;`;

const orderSalesDelta = (order: 'NEW' | 'OLD', sign: '+' | '-') => /* sql */ `
  INSERT INTO rl_sales_monthly (month, store_id, sku_id, lot_key, units)
  SELECT ${month(`${order}.paid_at`)}, ${order}.store_id, l.sku_id, COALESCE(l.lot_id, ''), ${sign}l.quantity
  FROM order_lines l WHERE l.order_id = ${order}.id AND ${order}.paid_at IS NOT NULL AND ${order}.status <> 'cancelled'
  ON CONFLICT DO UPDATE SET units = units + excluded.units;`;

/** Recomputes the facts of the cases whose ids the `ids` subquery (or value) yields. */
const recomputeCases = (ids: string) => /* sql */ `
  DELETE FROM rl_case_defects WHERE case_id IN (${ids});
  DELETE FROM rl_case_facts WHERE case_id IN (${ids});
  INSERT INTO rl_case_facts (case_id, month, store_id, sku_id, lot_key, type, reason, units, refund_fen, freight_fen,
    finding, inspection_id, writeoff_units, requested_at, deadline_at, responded_at)
  SELECT c.id, ${month('o.paid_at')}, o.store_id, ol.sku_id, COALESCE(ol.lot_id, ''), c.type, c.reason_category,
    c.requested_quantity, c.refund_fen, c.return_freight_fen,
    CASE WHEN i.id IS NULL THEN 'not_inspected'
         WHEN EXISTS (SELECT 1 FROM inspection_defects d WHERE d.inspection_id = i.id) THEN 'defect'
         ELSE 'no_defect' END,
    i.id,
    CASE WHEN i.disposition IN ('scrap', 'return_to_supplier') THEN i.quantity ELSE 0 END,
    c.requested_at, c.merchant_deadline_at, c.responded_at
  FROM after_sales_cases c
  JOIN orders o ON o.id = c.order_id
  JOIN order_lines ol ON ol.id = COALESCE(c.order_line_id, (SELECT min(x.id) FROM order_lines x WHERE x.order_id = c.order_id))
  LEFT JOIN inspections i ON i.id = (
    SELECT j.id FROM inspections j WHERE j.case_id = c.id AND j.kind = 'return' AND j.state = 'completed'
    ORDER BY j.completed_at DESC, j.id DESC LIMIT 1)
  WHERE c.id IN (${ids}) AND c.voided_at IS NULL AND o.paid_at IS NOT NULL AND o.status <> 'cancelled';
  INSERT INTO rl_case_defects (case_id, defect_type_id)
  SELECT DISTINCT f.case_id, d.defect_type_id FROM rl_case_facts f JOIN inspection_defects d ON d.inspection_id = f.inspection_id
  WHERE f.case_id IN (${ids});`;

const orderChanged = 'OLD.status IS NOT NEW.status OR OLD.paid_at IS NOT NEW.paid_at OR OLD.store_id IS NOT NEW.store_id';

export const analyticsRollups: Migration = {
  version: 2,
  name: 'analytics_rollups',
  sql: /* sql */ `
CREATE TABLE rl_sales_monthly (
  month TEXT NOT NULL,
  store_id TEXT NOT NULL,
  sku_id TEXT NOT NULL,
  lot_key TEXT NOT NULL,
  units INTEGER NOT NULL,
  PRIMARY KEY (month, store_id, sku_id, lot_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE rl_case_facts (
  case_id TEXT PRIMARY KEY,
  month TEXT NOT NULL,
  store_id TEXT NOT NULL,
  sku_id TEXT NOT NULL,
  lot_key TEXT NOT NULL,
  type TEXT NOT NULL,
  reason TEXT NOT NULL,
  units INTEGER NOT NULL,
  refund_fen INTEGER NOT NULL,
  freight_fen INTEGER NOT NULL,
  finding TEXT NOT NULL CHECK (finding IN ('not_inspected', 'no_defect', 'defect')),
  inspection_id TEXT,
  writeoff_units INTEGER NOT NULL,
  requested_at INTEGER NOT NULL,
  deadline_at INTEGER,
  responded_at INTEGER
) STRICT;
CREATE INDEX rl_case_facts_month ON rl_case_facts(month, store_id, sku_id, lot_key, type, finding, units);
CREATE INDEX rl_case_facts_sku ON rl_case_facts(sku_id, month);

CREATE TABLE rl_case_defects (
  case_id TEXT NOT NULL,
  defect_type_id TEXT NOT NULL,
  PRIMARY KEY (case_id, defect_type_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX rl_case_defects_type ON rl_case_defects(defect_type_id);

CREATE TRIGGER rl_lines_ins AFTER INSERT ON order_lines BEGIN
  ${salesDelta('NEW', '+')}
  ${recomputeCases('SELECT id FROM after_sales_cases WHERE order_id = NEW.order_id AND order_line_id IS NULL')}
END;
CREATE TRIGGER rl_lines_del AFTER DELETE ON order_lines BEGIN
  ${salesDelta('OLD', '-')}
END;
CREATE TRIGGER rl_lines_upd AFTER UPDATE OF order_id, sku_id, lot_id, quantity ON order_lines BEGIN
  ${salesDelta('OLD', '-')}
  ${salesDelta('NEW', '+')}
  ${recomputeCases('SELECT id FROM after_sales_cases WHERE order_id IN (OLD.order_id, NEW.order_id)')}
END;
CREATE TRIGGER rl_orders_upd AFTER UPDATE OF status, paid_at, store_id ON orders WHEN ${orderChanged} BEGIN
  ${orderSalesDelta('OLD', '-')}
  ${orderSalesDelta('NEW', '+')}
  ${recomputeCases('SELECT id FROM after_sales_cases WHERE order_id = NEW.id')}
END;
CREATE TRIGGER rl_cases_ins AFTER INSERT ON after_sales_cases BEGIN
  ${recomputeCases('NEW.id')}
END;
CREATE TRIGGER rl_cases_upd AFTER UPDATE ON after_sales_cases BEGIN
  ${recomputeCases('OLD.id, NEW.id')}
END;
CREATE TRIGGER rl_cases_del AFTER DELETE ON after_sales_cases BEGIN
  DELETE FROM rl_case_defects WHERE case_id = OLD.id;
  DELETE FROM rl_case_facts WHERE case_id = OLD.id;
END;
CREATE TRIGGER rl_inspections_ins AFTER INSERT ON inspections WHEN NEW.case_id IS NOT NULL BEGIN
  ${recomputeCases('NEW.case_id')}
END;
CREATE TRIGGER rl_inspections_upd AFTER UPDATE ON inspections BEGIN
  ${recomputeCases('SELECT id FROM after_sales_cases WHERE id IN (OLD.case_id, NEW.case_id)')}
END;
CREATE TRIGGER rl_inspections_del AFTER DELETE ON inspections WHEN OLD.case_id IS NOT NULL BEGIN
  ${recomputeCases('OLD.case_id')}
END;
CREATE TRIGGER rl_defects_ins AFTER INSERT ON inspection_defects BEGIN
  ${recomputeCases('SELECT case_id FROM inspections WHERE id = NEW.inspection_id AND case_id IS NOT NULL')}
END;
CREATE TRIGGER rl_defects_upd AFTER UPDATE ON inspection_defects BEGIN
  ${recomputeCases('SELECT case_id FROM inspections WHERE id IN (OLD.inspection_id, NEW.inspection_id) AND case_id IS NOT NULL')}
END;
CREATE TRIGGER rl_defects_del AFTER DELETE ON inspection_defects BEGIN
  ${recomputeCases('SELECT case_id FROM inspections WHERE id = OLD.inspection_id AND case_id IS NOT NULL')}
END;
`,
};
