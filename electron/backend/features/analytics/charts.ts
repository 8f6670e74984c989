import type { AnalyticsFilter, Dashboard } from '../../../../shared/contract/analytics.contract';
import { cumulativeShares, perThousand, returnRate, type RateDimension } from '../../../../shared/domain/metrics';
import type { Sqlite } from '../../db/connection';
import { rawCount, rawQuery } from '../../db/raw-sql';
import { dimensionKey, dimensionLabel, type Dimensions } from './dimensions';
import { filterSql, returnedTypesSql } from './filter-sql';
import { findingRows, findingUnitRows } from './finding-sql';
import { goodwillChart } from './goodwill';

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

interface SalesRow {
  sku_id: string;
  lot_key: string;
  month: string;
  units: number;
}
interface CaseRow {
  sku_id: string;
  lot_key: string;
  month: string;
  returned: number;
  rwr_units: number;
  rwr_fen: number;
  returned_money_fen: number;
  writeoff_units: number;
}

/**
 * Sales and case-level sums feed four charts, each at the grain it needs: by SKU (KPIs, mix), by (SKU, lot)
 * (rates: product and supplier are mapped from these), by month (trend). SQLite sums the ~2k rollup cells down to
 * that grain, so only a few dozen rows cross into JavaScript. Memoized per ChartArgs object and grain (one
 * dashboard call shares its ChartArgs across its charts).
 */
type Grain = 'sku' | 'skuLot' | 'month';
const grainColumns: Record<Grain, readonly ('sku_id' | 'lot_key' | 'month')[]> = {
  sku: ['sku_id'],
  skuLot: ['sku_id', 'lot_key'],
  month: ['month'],
};
/** The grain's columns as themselves, the others as '' (every row has all three fields). */
const grainSelect = (grain: Grain, alias: string) =>
  (['sku_id', 'lot_key', 'month'] as const).map((c) => (grainColumns[grain].includes(c) ? `${alias}.${c}` : `''`) + ` AS ${c}`).join(', ');
const grainGroupBy = (grain: Grain, alias: string) => grainColumns[grain].map((c) => `${alias}.${c}`).join(', ');

const memoByGrain = <T>(read: (a: ChartArgs, grain: Grain) => T) => {
  const cache = new WeakMap<ChartArgs, Map<Grain, T>>();
  return (a: ChartArgs, grain: Grain): T => {
    const byGrain = cache.get(a) ?? new Map<Grain, T>();
    cache.set(a, byGrain);
    if (!byGrain.has(grain)) byGrain.set(grain, read(a, grain));
    return byGrain.get(grain) as T;
  };
};
const memo = <T>(read: (a: ChartArgs) => T) => {
  const cache = new WeakMap<ChartArgs, T>();
  return (a: ChartArgs): T => {
    if (!cache.has(a)) cache.set(a, read(a));
    return cache.get(a) as T;
  };
};

const salesRows = memoByGrain((a: ChartArgs, grain: Grain): SalesRow[] => {
  const w = filterSql(a.filter, 's');
  return rawQuery<SalesRow>(
    a.db,
    `SELECT ${grainSelect(grain, 's')}, sum(s.units) AS units FROM rl_sales_monthly s
    WHERE ${w.sql} GROUP BY ${grainGroupBy(grain, 's')}`,
  ).all(...w.params);
});

/**
 * Case-level sums (each case counted once) from rl_case_cells (migration 7: rl_case_agg's finding_key '' rows of
 * return_refund, exchange and refund_only, summed over case type and reason). `cases > 0` leaves out cells whose
 * cases all moved away, as HAVING did over rl_case_agg, so such a group never appears.
 */
const caseRows = memoByGrain((a: ChartArgs, grain: Grain): CaseRow[] => {
  const w = filterSql(a.filter, 'a');
  return rawQuery<CaseRow>(
    a.db,
    `SELECT ${grainSelect(grain, 'a')}, sum(a.returned) AS returned, sum(a.rwr_units) AS rwr_units, sum(a.rwr_fen) AS rwr_fen,
      sum(a.returned_money_fen) AS returned_money_fen, sum(a.writeoff_units) AS writeoff_units
    FROM rl_case_cells a WHERE ${w.sql} AND a.cases > 0 GROUP BY ${grainGroupBy(grain, 'a')}`,
  ).all(...w.params);
});

/** Returned units by finding over the whole filter: the Pareto and the cost chart read the same rows. */
const findingTotals = memo((a: ChartArgs) => findingRows(a.db, filterSql(a.filter, 'a'), []));

const addTo = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
const sum = (values: Iterable<number>) => [...values].reduce((x, y) => x + y, 0);

export const kpiChart = (a: ChartArgs): Dashboard['kpi'] => {
  const sold = sum(salesRows(a, 'sku').map((r) => r.units));
  const cases = caseRows(a, 'sku');
  const returned = sum(cases.map((r) => r.returned));
  // Cost of returns from the same case-level sums (by SKU): refunds + freight, plus written-off units at the SKU's cost.
  const costFen = sum(
    cases.map((r) => r.returned_money_fen + (r.writeoff_units === 0 ? 0 : r.writeoff_units * (a.dims.skuUnitCost.get(r.sku_id) ?? 0))),
  );
  const goodwillFen = goodwillChart(a).totalFen;
  return {
    unitsSold: sold,
    unitsReturned: returned,
    returnRate: returnRate(returned, sold),
    refundedWithoutReturnUnits: sum(cases.map((r) => r.rwr_units)),
    refundedWithoutReturnFen: sum(cases.map((r) => r.rwr_fen)),
    costOfReturnsFen: costFen + goodwillFen,
    goodwillFen,
  };
};

export const paretoChart = (a: ChartArgs): Dashboard['pareto'] => {
  const rows = findingTotals(a);
  const pick = (key: string) => rows.find((r) => r.key === key)?.units ?? 0;
  const defects = rows
    .filter((r) => r.key !== 'no_defect' && r.key !== 'not_inspected')
    .sort((x, y) => y.units - x.units || x.key.localeCompare(y.key));
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
  for (const r of salesRows(a, 'skuLot')) addTo(sold, dimensionKey(a.dims, a.dimension, r.sku_id, r.lot_key), r.units);
  for (const r of caseRows(a, 'skuLot')) {
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
  for (const r of salesRows(a, 'sku')) addTo(sold, r.sku_id, r.units);
  for (const r of caseRows(a, 'sku')) addTo(returned, r.sku_id, r.returned);
  const skus = [...sold.entries()]
    .filter(([, units]) => units > 0 && units >= a.minVolume)
    .sort(
      ([k1, s1], [k2, s2]) =>
        returnRate(returned.get(k2) ?? 0, s2) - returnRate(returned.get(k1) ?? 0, s1) || s2 - s1 || k1.localeCompare(k2),
    )
    .slice(0, maxMixSkus);
  const bySku = new Map<string, Record<string, number>>();
  const chosen = { sql: `a.sku_id IN (${skus.map(() => '?').join(', ') || 'NULL'})`, params: skus.map(([skuId]) => skuId) };
  for (const r of findingUnitRows(a.db, filterSql(a.filter, 'a'), ['sku_id'], chosen)) {
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
  for (const r of salesRows(a, 'month')) addTo(sold, r.month, r.units);
  for (const r of caseRows(a, 'month')) addTo(returned, r.month, r.returned);
  const byMonth = new Map<string, Record<string, number>>();
  for (const r of findingUnitRows(a.db, filterSql(a.filter, 'a'), ['month'])) {
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
  const totals = rawQuery<{ reason: string; units: number }>(
    a.db,
    `SELECT a.reason, sum(a.units) AS units FROM rl_case_agg a
    WHERE a.finding_key = '' AND ${w.sql} AND a.type IN ${returnedTypesSql} GROUP BY a.reason HAVING sum(a.cases) > 0 ORDER BY a.reason`,
  ).all(...w.params);
  const totalOf = new Map(totals.map((t) => [t.reason, t.units]));
  const cells = findingUnitRows(a.db, w, ['reason'])
    .map((r) => ({
      reason: r.group[0] ?? '',
      finding: r.key,
      units: r.units,
      shareOfReason: returnRate(r.units, totalOf.get(r.group[0] ?? '') ?? 0),
    }))
    .sort((x, y) => x.reason.localeCompare(y.reason) || y.units - x.units || x.finding.localeCompare(y.finding));
  return { cells, reasonTotals: totals };
};

export const costChart = (a: ChartArgs): Dashboard['cost'] => ({
  items: findingTotals(a)
    .map((r) => ({
      key: r.key,
      refundFen: r.refundFen,
      freightFen: r.freightFen,
      writeOffFen: r.writeOffFen,
      totalFen: r.refundFen + r.freightFen + r.writeOffFen,
    }))
    .sort((x, y) => y.totalFen - x.totalFen || x.key.localeCompare(y.key)),
});

/** Monday of the deadline's week in China time, as SQL over an epoch-ms column. */
export const weekSql = (ms: string) => `date(${ms} / 1000 + 28800, 'unixepoch', 'weekday 0', '-6 days')`;

const dayMs = 86_400_000;
/**
 * rl_deadline_agg.week is a Monday-based week number in China time, by integer arithmetic (rollups.ts'
 * deadlineWeekSql): 1970-01-01 was a Thursday: +8 h to China time, +3 days so Mondays fall on multiples of 7 days
 * (8 h + 3 days = 288,000,000 ms). weekStart turns the number back into the Monday's date.
 */
const weekStart = (weekNumber: number) => new Date(weekNumber * 7 * dayMs - 3 * dayMs).toISOString().slice(0, 10);

/**
 * Deadline performance from rl_deadline_agg (migration 7). A case is due once its deadline has passed or it was
 * answered: answered cases always count; open cases count in full for weeks before the current one (their
 * deadlines are all past), the current week's open cases are counted from rl_case_facts up to `now`, and later
 * weeks' open cases do not count yet. Weeks with nothing due are left out.
 */
export const deadlineChart = (a: ChartArgs): Dashboard['deadline'] => {
  const nowWeek = Math.floor((a.now + 288_000_000) / (7 * dayMs));
  const w = filterSql(a.filter, 'd');
  const rows = rawQuery<{ week: number; due: number; answered: number }>(
    a.db,
    `SELECT d.week, sum(d.answered) + coalesce(sum(d.open_cases) FILTER (WHERE d.week < ?), 0) AS due, sum(d.in_time) AS answered
    FROM rl_deadline_agg d WHERE ${w.sql} GROUP BY d.week`,
  ).all(nowWeek, ...w.params);
  const f = filterSql(a.filter, 'f');
  const openNow = rawCount(
    a.db,
    `SELECT count(*) AS n FROM rl_case_facts f
    WHERE f.responded_at IS NULL AND f.deadline_at IS NOT NULL AND f.deadline_at >= ? AND f.deadline_at <= ? AND ${f.sql}`,
    [nowWeek * 7 * dayMs - 288_000_000, a.now, ...f.params],
  );
  const byWeek = new Map(rows.map((r) => [r.week, { ...r }]));
  if (openNow > 0) {
    const current = byWeek.get(nowWeek) ?? { week: nowWeek, due: 0, answered: 0 };
    byWeek.set(nowWeek, { ...current, due: current.due + openNow });
  }
  const weeks = [...byWeek.values()]
    .filter((r) => r.due > 0)
    .sort((x, y) => y.week - x.week)
    .slice(0, maxDeadlineWeeks);
  return {
    weeks: weeks
      .reverse()
      .map((r) => ({ week: weekStart(r.week), due: r.due, answeredInTime: r.answered, share: returnRate(r.answered, r.due) })),
  };
};
