import type { QcPoint, QcVsReturns } from '../../../../shared/contract/scorecard.contract';
import { defectClasses } from '../../../../shared/domain/inspection';
import { defaultMinVolume, returnRate } from '../../../../shared/domain/metrics';
import type { Sqlite } from '../../db/connection';
import { rawQuery } from '../../db/raw-sql';
import type { MonthRange } from './scorecard-period';
import { allLots, lotQcFindings, unitsReturnedByLot, unitsSoldByLot, type LotUnits } from './scorecard-sources';

/**
 * "Escaped QC" (docs/METRICS.md): the lot passed incoming QC quietly (at most 2.5 defects per 100 sampled units,
 * the default AQL of major defects) but came back at least twice as often as the SKU's lots overall, on enough
 * units sold for the rate to mean something (the dashboard's minimum volume).
 */
export const escapeRule = { maxQcPer100: 2.5, returnRateFactor: 2, minUnitsSold: defaultMinVolume } as const;

const basisOf = (sold: LotUnits): QcPoint['basis'] =>
  sold.estimatedUnits === 0 ? 'labelled' : sold.labelledUnits === 0 ? 'estimated' : 'mixed';

const skuRows = (db: Sqlite) =>
  rawQuery<{ skuId: string; code: string; productName: string }>(
    db,
    `SELECT k.id AS skuId, k.code, p.name AS productName FROM skus k JOIN products p ON p.id = k.product_id
    WHERE EXISTS (SELECT 1 FROM lots l WHERE l.sku_id = k.id) ORDER BY k.code`,
  ).all();

const supplierNames = (db: Sqlite) =>
  new Map(
    rawQuery<{ id: string; name: string }>(db, 'SELECT id, name FROM suppliers')
      .all()
      .map((s) => [s.id, s.name]),
  );

/** One SKU's lots: QC defect rate (x) against field return rate (y), sized by units sold in the period. */
export const buildQcVsReturns = (db: Sqlite, range: MonthRange, requestedSku: string | undefined): QcVsReturns => {
  const lots = allLots(db);
  const qc = lotQcFindings(db);
  const sold = new Map(unitsSoldByLot(db, range).map((l) => [l.lotId, l]));
  const returned = new Map(unitsReturnedByLot(db, range).map((l) => [l.lotId, l.units]));
  const names = supplierNames(db);

  /** Every lot of a SKU that sold in the period, with its escape flag (the rule needs the SKU's whole rate). */
  const chartOf = (skuId: string) => {
    const base = lots
      .filter((l) => l.skuId === skuId && (sold.get(l.lotId)?.units ?? 0) > 0)
      .map((l) => {
        const s = sold.get(l.lotId) as LotUnits;
        const found = qc.get(l.lotId);
        const qcDefects = found ? defectClasses.reduce((n, c) => n + found.defects[c], 0) : 0;
        const sampledUnits = found?.sampledUnits ?? 0;
        const unitsReturned = returned.get(l.lotId) ?? 0;
        return {
          lotId: l.lotId,
          lotCode: l.lotCode,
          supplierName: l.supplierId ? (names.get(l.supplierId) ?? null) : null,
          sampledUnits,
          qcDefects,
          qcPer100: found && sampledUnits > 0 ? (qcDefects * 100) / sampledUnits : null,
          unitsSold: s.units,
          labelledUnits: s.labelledUnits,
          estimatedUnits: s.estimatedUnits,
          unitsReturned,
          returnRate: returnRate(unitsReturned, s.units),
          basis: basisOf(s),
        };
      });
    const skuReturnRate = returnRate(
      base.reduce((n, p) => n + p.unitsReturned, 0),
      base.reduce((n, p) => n + p.unitsSold, 0),
    );
    const points = base.map((p) => ({
      ...p,
      escapedQc:
        p.qcPer100 !== null &&
        p.qcPer100 <= escapeRule.maxQcPer100 &&
        p.unitsSold >= escapeRule.minUnitsSold &&
        p.returnRate > 0 &&
        p.returnRate >= escapeRule.returnRateFactor * skuReturnRate,
    }));
    return { points, skuReturnRate };
  };

  const charts = new Map(skuRows(db).map((k) => [k.skuId, { sku: k, chart: chartOf(k.skuId) }]));
  const skus = [...charts.values()].map(({ sku, chart }) => {
    const inspected = chart.points.filter((p) => p.qcPer100 !== null);
    return {
      ...sku,
      lots: inspected.length,
      unitsReturned: inspected.reduce((n, p) => n + p.unitsReturned, 0),
      escapedUnits: inspected.filter((p) => p.escapedQc).reduce((n, p) => n + p.unitsReturned, 0),
    };
  });
  // By default the SKU where QC missed most (returns from escaped lots), else whose inspected lots came back most.
  const skuId =
    requestedSku ??
    [...skus]
      .sort(
        (a, b) => b.escapedUnits - a.escapedUnits || b.unitsReturned - a.unitsReturned || b.lots - a.lots || a.code.localeCompare(b.code),
      )
      .find((k) => k.lots > 0)?.skuId ??
    null;
  const chosen = skuId ? (charts.get(skuId)?.chart ?? chartOf(skuId)) : { points: [], skuReturnRate: 0 };
  return {
    from: range.from,
    to: range.to,
    skus: skus.map(({ escapedUnits: _escaped, ...k }) => k),
    skuId,
    points: chosen.points,
    skuReturnRate: chosen.skuReturnRate,
    rule: { ...escapeRule },
  };
};
