/**
 * The quality dashboard's definitions (docs/METRICS.md is the prose version; keep them together).
 * Pure: used by the backend queries, the renderer's help texts and the tests.
 */

/** Case types whose units count as "returned" (the goods come back). */
export const returnedCaseTypes = ['return_refund', 'exchange'] as const;
/** Refund without the goods coming back: its own measure, never part of the return rate. */
export const refundWithoutReturnType = 'refund_only' as const;

/** A returned unit's finding: defect types found by its latest completed inspection, or one of these. */
export const findingCategories = ['not_inspected', 'no_defect'] as const;
export type FindingCategory = (typeof findingCategories)[number];

export const rateDimensions = ['sku', 'product', 'supplier', 'lot'] as const;
export type RateDimension = (typeof rateDimensions)[number];

/** Default minimum units sold for a group to appear in rate rankings (so 1 of 2 does not top the list). */
export const defaultMinVolume = 30;

/*
 * Months and weeks are bucketed in SQL only (China time, UTC+8): features/analytics/rollups.ts and the rollup
 * triggers for the paid month, migration 7's deadlineWeekSql and charts.ts's weekSql for the deadline week.
 * test/integration/analytics-buckets.test.ts checks their edges through the dashboard.
 */

/** Return rate of a cohort: returned ÷ sold; 0 when nothing was sold (never NaN). */
export const returnRate = (returnedUnits: number, soldUnits: number): number => (soldUnits > 0 ? returnedUnits / soldUnits : 0);

/** Returns per 1,000 units sold. */
export const perThousand = (units: number, soldUnits: number): number => (soldUnits > 0 ? (units * 1000) / soldUnits : 0);

/** Pareto: cumulative share after each item of a list already sorted by value descending. */
export const cumulativeShares = (values: readonly number[]): number[] => {
  const total = values.reduce((a, b) => a + b, 0);
  let running = 0;
  return values.map((v) => {
    running += v;
    return total > 0 ? running / total : 0;
  });
};

/**
 * The nearest-rank percentile of values sorted ascending (docs/METRICS.md, "Service performance"): the smallest
 * value with at least `p` of the values at or below it, so p50 of [1, 2, 3, 4] is 2 and every answer is a real
 * case's time. Null for no values.
 */
export const nearestRank = (sortedAscending: readonly number[], p: number): number | null =>
  sortedAscending.length === 0 ? null : sortedAscending[Math.max(0, Math.ceil(p * sortedAscending.length) - 1)]!;
