import type { Migration } from './migration';

/**
 * The dashboard's second rollup level (docs/METRICS.md, "How it stays fast"). At a million orders the per-case
 * facts table holds ~130k rows, and every chart scanning it missed the 50 ms budget; rl_case_agg sums the facts
 * by (finding key, paid month, store, SKU, lot, case type, claimed reason), a few thousand rows, so chart queries
 * read only that. finding_key '' is the case-level row (each case once: rates, KPIs); other keys are
 * 'not_inspected', 'no_defect' or a defect type id (a case with two defect types under each).
 *
 * The case triggers of migration 2 are replaced by ones that also move the case's contribution: subtract what
 * its old facts added, recompute its facts, add the new contribution, all in the writing transaction.
 */
const month = (ms: string) => `strftime('%Y-%m', ${ms} / 1000 + 28800, 'unixepoch')`;

const contribution = (ids: string, sign: '+' | '-') => /* sql */ `
  INSERT INTO rl_case_agg (finding_key, month, store_id, sku_id, lot_key, type, reason, units, cases, refund_fen, freight_fen, writeoff_units)
  SELECT k.key, f.month, f.store_id, f.sku_id, f.lot_key, f.type, f.reason,
    ${sign}f.units, ${sign}1, ${sign}f.refund_fen, ${sign}f.freight_fen, ${sign}f.writeoff_units
  FROM rl_case_facts f JOIN (
    SELECT case_id, '' AS key FROM rl_case_facts WHERE case_id IN (${ids})
    UNION ALL SELECT case_id, finding FROM rl_case_facts WHERE case_id IN (${ids}) AND finding <> 'defect'
    UNION ALL SELECT case_id, defect_type_id FROM rl_case_defects WHERE case_id IN (${ids})
  ) k ON k.case_id = f.case_id
  WHERE 1
  ON CONFLICT DO UPDATE SET units = units + excluded.units, cases = cases + excluded.cases, refund_fen = refund_fen + excluded.refund_fen,
    freight_fen = freight_fen + excluded.freight_fen, writeoff_units = writeoff_units + excluded.writeoff_units;`;

const recomputeFacts = (ids: string) => /* sql */ `
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

/** Move the cases' contribution: out with the old facts, recompute, in with the new. */
const recomputeCases = (ids: string) => `${contribution(ids, '-')}${recomputeFacts(ids)}${contribution(ids, '+')}`;

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

const orderChanged = 'OLD.status IS NOT NEW.status OR OLD.paid_at IS NOT NEW.paid_at OR OLD.store_id IS NOT NEW.store_id';

export const analyticsCaseAgg: Migration = {
  version: 5,
  name: 'analytics_case_agg',
  sql: /* sql */ `
CREATE TABLE rl_case_agg (
  finding_key TEXT NOT NULL,
  month TEXT NOT NULL,
  store_id TEXT NOT NULL,
  sku_id TEXT NOT NULL,
  lot_key TEXT NOT NULL,
  type TEXT NOT NULL,
  reason TEXT NOT NULL,
  units INTEGER NOT NULL,
  cases INTEGER NOT NULL,
  refund_fen INTEGER NOT NULL,
  freight_fen INTEGER NOT NULL,
  writeoff_units INTEGER NOT NULL,
  PRIMARY KEY (finding_key, month, store_id, sku_id, lot_key, type, reason)
) STRICT, WITHOUT ROWID;

-- Deadline performance reads cases with a deadline straight from this covering index.
CREATE INDEX rl_case_facts_deadline ON rl_case_facts(month, store_id, sku_id, lot_key, deadline_at, responded_at) WHERE deadline_at IS NOT NULL;
DROP INDEX rl_case_facts_month;

INSERT INTO rl_case_agg (finding_key, month, store_id, sku_id, lot_key, type, reason, units, cases, refund_fen, freight_fen, writeoff_units)
SELECT k.key, f.month, f.store_id, f.sku_id, f.lot_key, f.type, f.reason, sum(f.units), count(*), sum(f.refund_fen), sum(f.freight_fen), sum(f.writeoff_units)
FROM rl_case_facts f JOIN (
  SELECT case_id, '' AS key FROM rl_case_facts
  UNION ALL SELECT case_id, finding FROM rl_case_facts WHERE finding <> 'defect'
  UNION ALL SELECT case_id, defect_type_id FROM rl_case_defects
) k ON k.case_id = f.case_id
GROUP BY 1, 2, 3, 4, 5, 6, 7;

DROP TRIGGER rl_lines_ins;
DROP TRIGGER rl_lines_upd;
DROP TRIGGER rl_orders_upd;
DROP TRIGGER rl_cases_ins;
DROP TRIGGER rl_cases_upd;
DROP TRIGGER rl_cases_del;
DROP TRIGGER rl_inspections_ins;
DROP TRIGGER rl_inspections_upd;
DROP TRIGGER rl_inspections_del;
DROP TRIGGER rl_defects_ins;
DROP TRIGGER rl_defects_upd;
DROP TRIGGER rl_defects_del;

CREATE TRIGGER rl_lines_ins AFTER INSERT ON order_lines BEGIN
  ${salesDelta('NEW', '+')}
  ${recomputeCases('SELECT id FROM after_sales_cases WHERE order_id = NEW.order_id AND order_line_id IS NULL')}
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
  ${contribution('OLD.id', '-')}
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
