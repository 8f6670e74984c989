/**
 * Every input the scorecard takes from other features' data, in one place. The scorecard's own code only calls
 * these functions; it never reads lots, lot inspections, attributions or corrective actions directly, so when the
 * lot, AQL and corrective-action features land, only this file changes.
 *
 * Sources:
 * - a lot's supplier is the lot's own, else its SKU's, else its product's (the dashboard's rule, docs/METRICS.md);
 * - QC findings = the lot's latest completed `inspections` row of kind 'lot' (sample_size, inspection_defects by class);
 * - a lot's verdict (accept/reject) is its latest completed AQL inspection (features/aql);
 * - an order line's lot is `order_lines.lot_id`, labelled or estimated by `lot_basis` (features/lots);
 * - open corrective actions come from features/causes.
 */
import type { DefectClass } from '../../../../shared/domain/inspection';
import type { Sqlite } from '../../db/connection';
import { rawQuery } from '../../db/raw-sql';
import { returnedTypesSql } from '../analytics/filter-sql';
import type { MonthRange } from './scorecard-period';
import { openActionsBySupplier } from '../causes/causes.repository';

/** The received month of a lot, China time, like the dashboard's paid month. */
const chinaMonthSql = (col: string) => `strftime('%Y-%m', datetime(${col} / 1000, 'unixepoch', '+8 hours'))`;

export interface ReceivedLot {
  lotId: string;
  lotCode: string;
  skuId: string;
  supplierId: string | null;
  /** China-time month the lot arrived; '' when the arrival date is unknown. */
  receivedMonth: string;
}

/** Every lot, with the supplier it is charged to and the month it arrived. */
export const allLots = (db: Sqlite): ReceivedLot[] =>
  rawQuery<ReceivedLot>(
    db,
    `SELECT l.id AS lotId, l.lot_code AS lotCode, l.sku_id AS skuId, COALESCE(l.supplier_id, k.supplier_id, p.supplier_id) AS supplierId,
      CASE WHEN l.received_at IS NULL THEN '' ELSE ${chinaMonthSql('l.received_at')} END AS receivedMonth
    FROM lots l JOIN skus k ON k.id = l.sku_id JOIN products p ON p.id = k.product_id ORDER BY l.lot_code`,
  ).all();

export interface LotQc {
  sampledUnits: number;
  defects: Record<DefectClass, number>;
}

/**
 * Incoming QC findings per lot: its latest completed lot inspection (latest completed_at, ties by id), the sample
 * size and the defect quantities by class. Lots never inspected are absent. Driven from the (few hundred) lots
 * through the inspections_lot index, never a pass over every inspection.
 */
export const lotQcFindings = (db: Sqlite): Map<string, LotQc> => {
  const rows = rawQuery<{ lotId: string; sampled: number; critical: number; major: number; minor: number }>(
    db,
    `WITH latest AS (
      SELECT i.id, i.lot_id, COALESCE(i.sample_size, i.quantity) AS sampled FROM lots l JOIN inspections i ON i.id = (
        SELECT j.id FROM inspections j WHERE j.lot_id = l.id AND j.kind = 'lot' AND j.state = 'completed'
        ORDER BY j.completed_at DESC, j.id DESC LIMIT 1)
    )
    SELECT latest.lot_id AS lotId, latest.sampled AS sampled,
      COALESCE(sum(CASE WHEN d.class = 'critical' THEN d.quantity END), 0) AS critical,
      COALESCE(sum(CASE WHEN d.class = 'major' THEN d.quantity END), 0) AS major,
      COALESCE(sum(CASE WHEN d.class = 'minor' THEN d.quantity END), 0) AS minor
    FROM latest LEFT JOIN inspection_defects d ON d.inspection_id = latest.id GROUP BY latest.id`,
  ).all();
  return new Map(
    rows.map((r) => [r.lotId, { sampledUnits: r.sampled, defects: { critical: r.critical, major: r.major, minor: r.minor } }]),
  );
};

export type LotVerdict = 'accept' | 'reject';

/**
 * The AQL verdict of each judged lot (features/aql: one incoming inspection per lot). A lot the owner let through on
 * a concession stays rejected, as in the switching rules. Lots never judged, or still being inspected, are absent.
 */
export const lotVerdicts = (db: Sqlite): Map<string, LotVerdict> =>
  new Map(
    rawQuery<{ lotId: string; verdict: LotVerdict }>(
      db,
      `SELECT lot_id AS lotId, verdict FROM aql_lot_inspections WHERE verdict IN ('accept', 'reject')`,
    )
      .all()
      .map((r) => [r.lotId, r.verdict]),
  );

export interface LotUnits {
  lotId: string;
  units: number;
  /** Tied to the lot by a label (recorded on the order line or scanned at the station). */
  labelledUnits: number;
  /** Attributed to the lot by first-in-first-out over the SKU's lots (an estimate). */
  estimatedUnits: number;
}

/**
 * Units sold from each lot in the period's paid months (the dashboard's units sold, by lot), split by how the order
 * line got its lot (features/lots): labelled when the inspector scanned the lot's label, else estimated by
 * first-in-first-out. Labelled lines are few (migration 23 indexes them); the rest of the lot's units are estimates.
 */
export const unitsSoldByLot = (db: Sqlite, range: MonthRange): LotUnits[] => {
  const labelled = new Map(
    rawQuery<{ lotId: string; units: number }>(
      db,
      `SELECT ol.lot_id AS lotId, sum(ol.quantity) AS units FROM order_lines ol INDEXED BY order_lines_labelled
      JOIN orders o ON o.id = ol.order_id
      WHERE ol.lot_basis = 'label' AND o.paid_at IS NOT NULL AND o.status <> 'cancelled'
        AND ${chinaMonthSql('o.paid_at')} BETWEEN ? AND ? GROUP BY ol.lot_id`,
    )
      .all(range.from, range.to)
      .map((r) => [r.lotId, r.units]),
  );
  return rawQuery<{ lotId: string; units: number }>(
    db,
    `SELECT lot_key AS lotId, sum(units) AS units FROM rl_sales_monthly
    WHERE lot_key <> '' AND month BETWEEN ? AND ? GROUP BY lot_key HAVING sum(units) <> 0`,
  )
    .all(range.from, range.to)
    .map((r) => {
      const byLabel = Math.min(labelled.get(r.lotId) ?? 0, r.units);
      return { lotId: r.lotId, units: r.units, labelledUnits: byLabel, estimatedUnits: r.units - byLabel };
    });
};

/** Units returned (return_refund + exchange) from each lot, same cohort as `unitsSoldByLot`. */
export const unitsReturnedByLot = (db: Sqlite, range: MonthRange): LotUnits[] =>
  rawQuery<{ lotId: string; units: number }>(
    db,
    `SELECT lot_key AS lotId, sum(units) AS units FROM rl_case_facts
    WHERE lot_key <> '' AND month BETWEEN ? AND ? AND type IN ${returnedTypesSql} GROUP BY lot_key`,
  )
    .all(range.from, range.to)
    .map((r) => ({ lotId: r.lotId, units: r.units, labelledUnits: r.units, estimatedUnits: 0 }));

export interface OpenActions {
  count: number;
  source: 'recorded' | 'not_recorded';
}

/** Open corrective actions raised against a supplier (features/causes: the owner's corrective actions list). */
export const openCorrectiveActions = (db: Sqlite, supplierId: string): OpenActions => ({
  count: openActionsBySupplier(db, supplierId).length,
  source: 'recorded',
});
