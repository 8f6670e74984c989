import type { AnalyticsFilter, Dashboard } from '../../../../shared/contract/analytics.contract';
import { cumulativeShares, perThousand, returnRate, type RateDimension } from '../../../../shared/domain/metrics';
import type { Sqlite } from '../../db/connection';
import { prepared } from '../../db/query';
import { dimensionKey, dimensionLabel, type Dimensions } from './dimensions';
import { filterSql, returnedTypesSql } from './filter-sql';
import { findingRows, writeOffFenSql } from './finding-sql';

/** Each chart is computed by its own function so the bench can time them one by one. */
export interface ChartArgs {
  db: Sqlite;
  filter: AnalyticsFilter;
  dims: Dimensions;
  dimension: RateDimension;
  minVolume: number;
  now: number;
}

/** Chart size caps: "at most a few hundred points" per chart. */
const maxRateRows = 30;
const maxMixSkus = 15;
const maxTrendMonths = 24;
const maxDeadlineWeeks = 26;

interface SalesRow { sku_id: string; lot_key: string; month: string; units: number }
interface CaseRow { sku_id: string; lot_key: string; month: string; returned: number; rwr_units: number; rwr_fen: number }

/**
 * Sales and case-level rows feed four charts; one dashboard call reads them once (memoized per ChartArgs object,
 * which buildDashboard shares across its charts).
 */
const memo = <T>(read: (a: ChartArgs) => T) => {
  const cache = new WeakMap<ChartArgs, T>();
  return (a: ChartArgs): T => {
    if (!cache.has(a)) cache.set(a, read(a));
    return cache.get(a) as T;
  };
};

const salesRows = memo((a: ChartArgs): SalesRow[] => {
  const w = filterSql(a.filter, 's');
  return prepared(a.db, `SELECT s.sku_id, s.lot_key, s.month, sum(s.units) AS units FROM rl_sales_monthly s
    WHERE ${w.sql} GROUP BY s.month, s.store_id, s.sku_id, s.lot_key`).all(...w.params) as SalesRow[];
});

/**
 * Case-level rows of rl_case_agg (finding_key ''): each case counted once. Both readers group in primary-key
 * order (store included; callers sum over it) so SQLite needs no sort.
 */
const caseRows = memo((a: ChartArgs): CaseRow[] => {
  const w = filterSql(a.filter, 'a');
  return prepared(a.db, `SELECT a.sku_id, a.lot_key, a.month,
      coalesce(sum(a.units) FILTER (WHERE a.type IN ${returnedTypesSql}), 0) AS returned,
      coalesce(sum(a.units) FILTER (WHERE a.type = 'refund_only'), 0) AS rwr_units,
      coalesce(sum(a.refund_fen) FILTER (WHERE a.type = 'refund_only'), 0) AS rwr_fen
    FROM rl_case_agg a WHERE a.finding_key = '' AND ${w.sql} AND a.type IN ('return_refund', 'exchange', 'refund_only')
    GROUP BY a.month, a.store_id, a.sku_id, a.lot_key HAVING sum(a.cases) > 0`).all(...w.params) as CaseRow[];
});

/** Returned units by finding over the whole filter: the Pareto and the cost chart read the same rows. */
const findingTotals = memo((a: ChartArgs) => findingRows(a.db, filterSql(a.filter, 'a'), []));

const addTo = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
const sum = (values: Iterable<number>) => [...values].reduce((x, y) => x + y, 0);

export const kpiChart = (a: ChartArgs): Dashboard['kpi'] => {
  const sold = sum(salesRows(a).map((r) => r.units));
  const cases = caseRows(a);
  const returned = sum(cases.map((r) => r.returned));
  const w = filterSql(a.filter, 'a');
  const cost = prepared(a.db, `SELECT coalesce(sum(a.refund_fen + a.freight_fen), 0) + coalesce(${writeOffFenSql('a')}, 0) AS fen
    FROM rl_case_agg a WHERE a.finding_key = '' AND ${w.sql} AND a.type IN ${returnedTypesSql}`).get(...w.params) as { fen: number };
  return {
    unitsSold: sold,
    unitsReturned: returned,
    returnRate: returnRate(returned, sold),
    refundedWithoutReturnUnits: sum(cases.map((r) => r.rwr_units)),
    refundedWithoutReturnFen: sum(cases.map((r) => r.rwr_fen)),
    costOfReturnsFen: cost.fen,
  };
};

export const paretoChart = (a: ChartArgs): Dashboard['pareto'] => {
  const rows = findingTotals(a);
  const pick = (key: string) => rows.find((r) => r.key === key)?.units ?? 0;
  const defects = rows.filter((r) => r.key !== 'no_defect' && r.key !== 'not_inspected').sort((x, y) => y.units - x.units || x.key.localeCompare(y.key));
  const shares = cumulativeShares(defects.map((d) => d.units));
  return {
    items: defects.map((d, i) => ({ key: d.key, units: d.units, cumulativeShare: shares[i] ?? 0 })),
    noDefectUnits: pick('no_defect'),
    notInspectedUnits: pick('not_inspected'),
  };
};

export const ratesChart = (a: ChartArgs): Dashboard['rates'] => {
  const sold = new Map<string, number>();
  const returned = new Map<string, number>();
  const rwr = new Map<string, number>();
  for (const r of salesRows(a)) addTo(sold, dimensionKey(a.dims, a.dimension, r.sku_id, r.lot_key), r.units);
  for (const r of caseRows(a)) {
    const key = dimensionKey(a.dims, a.dimension, r.sku_id, r.lot_key);
    addTo(returned, key, r.returned);
    addTo(rwr, key, r.rwr_units);
  }
  return [...sold.entries()]
    .filter(([, units]) => units > 0 && units >= a.minVolume)
    .map(([key, units]) => ({
      key,
      label: dimensionLabel(a.dims, a.dimension, key),
      unitsSold: units,
      unitsReturned: returned.get(key) ?? 0,
      refundedWithoutReturnUnits: rwr.get(key) ?? 0,
      returnRate: returnRate(returned.get(key) ?? 0, units),
    }))
    .sort((x, y) => y.returnRate - x.returnRate || y.unitsSold - x.unitsSold || x.key.localeCompare(y.key))
    .slice(0, maxRateRows);
};

export const mixChart = (a: ChartArgs): Dashboard['mix'] => {
  const sold = new Map<string, number>();
  const returned = new Map<string, number>();
  for (const r of salesRows(a)) addTo(sold, r.sku_id, r.units);
  for (const r of caseRows(a)) addTo(returned, r.sku_id, r.returned);
  const skus = [...sold.entries()]
    .filter(([, units]) => units > 0 && units >= a.minVolume)
    .sort(([k1, s1], [k2, s2]) => returnRate(returned.get(k2) ?? 0, s2) - returnRate(returned.get(k1) ?? 0, s1) || s2 - s1 || k1.localeCompare(k2))
    .slice(0, maxMixSkus);
  const bySku = new Map<string, Record<string, number>>();
  for (const r of findingRows(a.db, filterSql(a.filter, 'a'), ['sku_id'])) {
    const units = bySku.get(r.group[0] ?? '') ?? {};
    units[r.key] = r.units;
    bySku.set(r.group[0] ?? '', units);
  }
  return {
    rows: skus.map(([skuId, units]) => {
      const unitsByKey = bySku.get(skuId) ?? {};
      return {
        skuId,
        label: dimensionLabel(a.dims, 'sku', skuId),
        unitsSold: units,
        unitsByKey,
        perThousand: Object.fromEntries(Object.entries(unitsByKey).map(([k, u]) => [k, perThousand(u, units)])),
      };
    }),
  };
};

export const trendChart = (a: ChartArgs): Dashboard['trend'] => {
  const sold = new Map<string, number>();
  const returned = new Map<string, number>();
  for (const r of salesRows(a)) addTo(sold, r.month, r.units);
  for (const r of caseRows(a)) addTo(returned, r.month, r.returned);
  const byMonth = new Map<string, Record<string, number>>();
  for (const r of findingRows(a.db, filterSql(a.filter, 'a'), ['month'])) {
    const units = byMonth.get(r.group[0] ?? '') ?? {};
    units[r.key] = r.units;
    byMonth.set(r.group[0] ?? '', units);
  }
  const months = [...new Set([...sold.keys(), ...returned.keys()])].sort().slice(-maxTrendMonths);
  return {
    rows: months.map((month) => {
      const units = sold.get(month) ?? 0;
      const unitsByKey = byMonth.get(month) ?? {};
      return {
        month,
        unitsSold: units,
        unitsReturned: returned.get(month) ?? 0,
        returnRate: returnRate(returned.get(month) ?? 0, units),
        unitsByKey,
        rateByKey: Object.fromEntries(Object.entries(unitsByKey).map(([k, u]) => [k, returnRate(u, units)])),
      };
    }),
  };
};

export const matrixChart = (a: ChartArgs): Dashboard['matrix'] => {
  const w = filterSql(a.filter, 'a');
  const totals = prepared(a.db, `SELECT a.reason, sum(a.units) AS units FROM rl_case_agg a
    WHERE a.finding_key = '' AND ${w.sql} AND a.type IN ${returnedTypesSql} GROUP BY a.reason HAVING sum(a.cases) > 0 ORDER BY a.reason`).all(...w.params) as { reason: string; units: number }[];
  const totalOf = new Map(totals.map((t) => [t.reason, t.units]));
  const cells = findingRows(a.db, w, ['reason'])
    .map((r) => ({ reason: r.group[0] ?? '', finding: r.key, units: r.units, shareOfReason: returnRate(r.units, totalOf.get(r.group[0] ?? '') ?? 0) }))
    .sort((x, y) => x.reason.localeCompare(y.reason) || y.units - x.units || x.finding.localeCompare(y.finding));
  return { cells, reasonTotals: totals };
};

export const costChart = (a: ChartArgs): Dashboard['cost'] => ({
  items: findingTotals(a)
    .map((r) => ({ key: r.key, refundFen: r.refundFen, freightFen: r.freightFen, writeOffFen: r.writeOffFen, totalFen: r.refundFen + r.freightFen + r.writeOffFen }))
    .sort((x, y) => y.totalFen - x.totalFen || x.key.localeCompare(y.key)),
});

/** Monday of the deadline's week in China time, as SQL over an epoch-ms column. */
export const weekSql = (ms: string) => `date(${ms} / 1000 + 28800, 'unixepoch', 'weekday 0', '-6 days')`;

const dayMs = 86_400_000;
/**
 * Week number of an epoch-ms column, Monday-based in China time, by integer arithmetic (the chart groups ~100k
 * cases; date() per row costs several times more). 1970-01-01 was a Thursday: +8 h to China time, +3 days so
 * Mondays fall on multiples of 7 days. weekStart turns the number back into the Monday's date.
 */
const weekNumberSql = (ms: string) => `(${ms} + ${8 * 3_600_000 + 3 * dayMs}) / ${7 * dayMs}`;
const weekStart = (weekNumber: number) => new Date(weekNumber * 7 * dayMs - 3 * dayMs).toISOString().slice(0, 10);

export const deadlineChart = (a: ChartArgs): Dashboard['deadline'] => {
  const w = filterSql(a.filter, 'f');
  const weeks = prepared(a.db, `SELECT ${weekNumberSql('f.deadline_at')} AS week,
      count(*) AS due,
      count(*) FILTER (WHERE f.responded_at IS NOT NULL AND f.responded_at <= f.deadline_at) AS answered
    FROM rl_case_facts f
    WHERE ${w.sql} AND f.deadline_at IS NOT NULL AND (f.deadline_at <= ? OR f.responded_at IS NOT NULL)
    GROUP BY week ORDER BY week DESC LIMIT ${maxDeadlineWeeks}`).all(...w.params, a.now) as { week: number; due: number; answered: number }[];
  return { weeks: weeks.reverse().map((r) => ({ week: weekStart(r.week), due: r.due, answeredInTime: r.answered, share: returnRate(r.answered, r.due) })) };
};
