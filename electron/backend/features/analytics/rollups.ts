import { returnedCaseTypes, refundWithoutReturnType } from '../../../../shared/domain/metrics';
import { writeOffDispositions } from '../../../../shared/domain/inspection';
import type { Sqlite } from '../../db/connection';
import { rawQuery, sqlList } from '../../db/raw-sql';

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
  CASE WHEN i.disposition IN ${sqlList(writeOffDispositions)} THEN i.quantity ELSE 0 END,
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
 * Deadline week: a Monday-based week number in China time, (deadline_at + 8 h + 3 days) / 7 days. The live copy of
 * what migration 7 froze in its triggers (a released migration never changes; this one may, with a new migration).
 */
const deadlineWeekSql = (ms: string) => `(${ms} + 288000000) / 604800000`;

const deadlineAggRebuildSql = /* sql */ `
DELETE FROM rl_deadline_agg;
INSERT INTO rl_deadline_agg (month, store_id, sku_id, lot_key, week, answered, in_time, open_cases)
SELECT month, store_id, sku_id, lot_key, ${deadlineWeekSql('deadline_at')},
  count(*) FILTER (WHERE responded_at IS NOT NULL),
  count(*) FILTER (WHERE responded_at IS NOT NULL AND responded_at <= deadline_at),
  count(*) FILTER (WHERE responded_at IS NULL)
FROM rl_case_facts WHERE deadline_at IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;`;

/** rl_case_cells and rl_finding_cells re-summed from rl_case_agg (the triggers of migration 7 keep them per row). */
const returned = sqlList(returnedCaseTypes);
const cellTypes = sqlList([...returnedCaseTypes, refundWithoutReturnType]);
const cellsRebuildSql = /* sql */ `
DELETE FROM rl_case_cells;
INSERT INTO rl_case_cells (month, store_id, sku_id, lot_key, cases, returned, rwr_units, rwr_fen, returned_money_fen, writeoff_units)
SELECT month, store_id, sku_id, lot_key, sum(cases),
  coalesce(sum(units) FILTER (WHERE type IN ${returned}), 0),
  coalesce(sum(units) FILTER (WHERE type = '${refundWithoutReturnType}'), 0),
  coalesce(sum(refund_fen) FILTER (WHERE type = '${refundWithoutReturnType}'), 0),
  coalesce(sum(refund_fen + freight_fen) FILTER (WHERE type IN ${returned}), 0),
  coalesce(sum(writeoff_units) FILTER (WHERE type IN ${returned}), 0)
FROM rl_case_agg WHERE finding_key = '' AND type IN ${cellTypes}
GROUP BY 1, 2, 3, 4;
DELETE FROM rl_finding_cells;
INSERT INTO rl_finding_cells (finding_key, month, store_id, sku_id, lot_key, units, cases, refund_fen, freight_fen, writeoff_units)
SELECT finding_key, month, store_id, sku_id, lot_key, sum(units), sum(cases), sum(refund_fen), sum(freight_fen), sum(writeoff_units)
FROM rl_case_agg WHERE finding_key > '' AND type IN ${returned}
GROUP BY 1, 2, 3, 4, 5;`;

/**
 * rl_deadline_agg, rl_case_cells and rl_finding_cells are kept by triggers on rl_case_facts and rl_case_agg
 * (migration 7). The rebuild rewrites every row of those two, so it lifts those triggers (the same SQL goes back)
 * and re-aggregates the three tables once from the new rows.
 */
export const rebuildAnalyticsRollups = (db: Sqlite): void => {
  const rollupTriggers = rawQuery<{ name: string; sql: string }>(
    db,
    `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('rl_case_facts', 'rl_case_agg') ORDER BY name`,
    { cache: false },
  ).all();
  for (const t of rollupTriggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  try {
    db.exec(rebuildSql);
    db.exec(deadlineAggRebuildSql);
    db.exec(cellsRebuildSql);
  } finally {
    for (const t of rollupTriggers) db.exec(t.sql);
  }
};
