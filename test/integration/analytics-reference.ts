import type { Sqlite } from '../../electron/backend/db/connection';
import type { AnalyticsFilter } from '../../shared/contract/analytics.contract';

/**
 * The dashboard's numbers computed again, independently, with plain SQL over the RAW tables (no rollups, no
 * app code): the correctness test compares these with what the API answers. Written from docs/METRICS.md.
 */
const chinaMonth = (col: string) => `strftime('%Y-%m', datetime(${col} / 1000, 'unixepoch', '+8 hours'))`;

const dims = `
  LEFT JOIN skus k ON k.id = ol.sku_id
  LEFT JOIN products p ON p.id = k.product_id
  LEFT JOIN lots lt ON lt.id = ol.lot_id`;

/** A case's live ledger entries of one goodwill kind (docs/METRICS.md, "Goodwill"). */
const goodwill = (kind: string) =>
  `(SELECT coalesce(sum(g.amount_fen), 0) FROM case_compensation g WHERE g.case_id = c.id AND g.voided_at IS NULL AND g.kind = '${kind}')`;

const ctes = `
WITH latest AS (
  SELECT i.* FROM inspections i
  WHERE i.kind = 'return' AND i.state = 'completed' AND NOT EXISTS (
    SELECT 1 FROM inspections j WHERE j.case_id = i.case_id AND j.kind = 'return' AND j.state = 'completed'
      AND (j.completed_at > i.completed_at OR (j.completed_at = i.completed_at AND j.id > i.id)))
),
sold AS (
  SELECT ${chinaMonth('o.paid_at')} AS month, o.store_id, ol.sku_id, k.product_id, ol.lot_id,
    COALESCE(lt.supplier_id, k.supplier_id, p.supplier_id) AS supplier_id, ol.quantity AS units
  FROM order_lines ol JOIN orders o ON o.id = ol.order_id ${dims}
  WHERE o.status <> 'cancelled' AND o.paid_at IS NOT NULL
),
cs AS (
  SELECT c.id, c.type, c.reason_category AS reason, c.requested_quantity AS units, c.refund_fen, c.return_freight_fen AS freight,
    ${chinaMonth('o.paid_at')} AS month, o.store_id, ol.sku_id, k.product_id, ol.lot_id,
    COALESCE(lt.supplier_id, k.supplier_id, p.supplier_id) AS supplier_id,
    latest.id AS inspection_id,
    CASE WHEN latest.disposition IN ('scrap', 'return_to_supplier') THEN latest.quantity * COALESCE(k.unit_cost_fen, 0) ELSE 0 END AS writeoff,
    c.merchant_deadline_at AS deadline, c.responded_at AS responded,
    ${goodwill('coupon')} AS gw_coupon, ${goodwill('small_payment')} AS gw_small, ${goodwill('partial_refund')} AS gw_partial
  FROM after_sales_cases c
  JOIN orders o ON o.id = c.order_id
  JOIN order_lines ol ON ol.order_id = c.order_id
    AND (ol.id = c.order_line_id OR (c.order_line_id IS NULL AND ol.id = (SELECT min(x.id) FROM order_lines x WHERE x.order_id = c.order_id)))
  ${dims}
  LEFT JOIN latest ON latest.case_id = c.id
  WHERE c.voided_at IS NULL AND o.status <> 'cancelled' AND o.paid_at IS NOT NULL
),
findings AS (
  SELECT cs.*, d.defect_type_id AS key FROM cs JOIN (SELECT DISTINCT inspection_id, defect_type_id FROM inspection_defects) d ON d.inspection_id = cs.inspection_id
  UNION ALL
  SELECT cs.*, CASE WHEN cs.inspection_id IS NULL THEN 'not_inspected' ELSE 'no_defect' END FROM cs
  WHERE cs.inspection_id IS NULL OR NOT EXISTS (SELECT 1 FROM inspection_defects d WHERE d.inspection_id = cs.inspection_id)
)`;

const where = (f: AnalyticsFilter, alias: string): { sql: string; params: string[] } => {
  const parts: string[] = [];
  const params: string[] = [];
  const add = (cond: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(`${alias}.${cond}`);
    params.push(value);
  };
  add('month >= ?', f.from);
  add('month <= ?', f.to);
  add('store_id = ?', f.storeId);
  add('sku_id = ?', f.skuId);
  add('product_id = ?', f.productId);
  add('lot_id = ?', f.lotId);
  add('supplier_id = ?', f.supplierId);
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
};

export const referenceQuery = <T>(
  db: Sqlite,
  filter: AnalyticsFilter,
  table: 'sold' | 'cs' | 'findings',
  select: string,
  tail = '',
): T[] => {
  const w = where(filter, table);
  return db.prepare(`${ctes} SELECT ${select} FROM ${table} WHERE ${w.sql} ${tail}`).all(...w.params) as T[];
};
