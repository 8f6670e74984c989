import type { Sqlite } from '../../db/connection';
import { cellsRebuildSql, deadlineAggRebuildSql } from '../../db/migrations/0007_analytics_chart_cells';

/**
 * Full rebuild of the dashboard rollups from the raw tables, for bulk loaders (seed, import commit) that
 * call refreshDerivedData. Must compute exactly what the per-row triggers of migrations 2 and 5 compute; the
 * integration test compares a trigger-maintained database with a rebuilt one.
 */
const month = (ms: string) => `strftime('%Y-%m', ${ms} / 1000 + 28800, 'unixepoch')`;

const rebuildSql = /* sql */ `
DELETE FROM rl_sales_monthly;
INSERT INTO rl_sales_monthly (month, store_id, sku_id, lot_key, units)
SELECT ${month('o.paid_at')}, o.store_id, l.sku_id, COALESCE(l.lot_id, ''), sum(l.quantity)
FROM order_lines l JOIN orders o ON o.id = l.order_id
WHERE o.paid_at IS NOT NULL AND o.status <> 'cancelled'
GROUP BY 1, 2, 3, 4;

DELETE FROM rl_case_defects;
DELETE FROM rl_case_facts;
INSERT INTO rl_case_facts (case_id, month, store_id, sku_id, lot_key, type, reason, units, refund_fen, freight_fen,
  finding, inspection_id, writeoff_units, requested_at, deadline_at, responded_at)
WITH latest AS (
  SELECT case_id, id FROM (
    SELECT j.case_id, j.id, row_number() OVER (PARTITION BY j.case_id ORDER BY j.completed_at DESC, j.id DESC) AS rn
    FROM inspections j WHERE j.kind = 'return' AND j.state = 'completed' AND j.case_id IS NOT NULL)
  WHERE rn = 1
)
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
LEFT JOIN latest ON latest.case_id = c.id
LEFT JOIN inspections i ON i.id = latest.id
WHERE c.voided_at IS NULL AND o.paid_at IS NOT NULL AND o.status <> 'cancelled';

INSERT INTO rl_case_defects (case_id, defect_type_id)
SELECT DISTINCT f.case_id, d.defect_type_id FROM rl_case_facts f JOIN inspection_defects d ON d.inspection_id = f.inspection_id;

DELETE FROM rl_case_agg;
INSERT INTO rl_case_agg (finding_key, month, store_id, sku_id, lot_key, type, reason, units, cases, refund_fen, freight_fen, writeoff_units)
SELECT k.key, f.month, f.store_id, f.sku_id, f.lot_key, f.type, f.reason, sum(f.units), count(*), sum(f.refund_fen), sum(f.freight_fen), sum(f.writeoff_units)
FROM rl_case_facts f JOIN (
  SELECT case_id, '' AS key FROM rl_case_facts
  UNION ALL SELECT case_id, finding FROM rl_case_facts WHERE finding <> 'defect'
  UNION ALL SELECT case_id, defect_type_id FROM rl_case_defects
) k ON k.case_id = f.case_id
GROUP BY 1, 2, 3, 4, 5, 6, 7;
`;

/**
 * rl_deadline_agg, rl_case_cells and rl_finding_cells are kept by triggers on rl_case_facts and rl_case_agg
 * (migration 7). The rebuild rewrites every row of those two, so it lifts those triggers (the same SQL goes back)
 * and re-aggregates the three tables once from the new rows.
 */
export const rebuildAnalyticsRollups = (db: Sqlite): void => {
  const rollupTriggers = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('rl_case_facts', 'rl_case_agg') ORDER BY name`).all() as { name: string; sql: string }[];
  for (const t of rollupTriggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  try {
    db.exec(rebuildSql);
    db.exec(deadlineAggRebuildSql);
    db.exec(cellsRebuildSql);
  } finally {
    for (const t of rollupTriggers) db.exec(t.sql);
  }
};
