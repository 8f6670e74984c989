/**
 * scorecard (issue 17, item 8): every supplier's scorecard for 12 months, through the dispatcher as the owner
 * (`scorecard.suppliers`: lots and QC, sales and returns by supplier and month, supplier-fault cost and Pareto).
 * - p95_ms / p50_ms: one call; target p95 ≤ 100 ms at 1M orders.
 * - baseline: the same sales, returns, cost and supplier-fault figures by supplier and month as GROUP BYs over the
 *   raw tables (the correctness tests' reference SQL, test/integration/analytics-reference.ts), timed in the same
 *   loop, sample by sample; ratio = ours ÷ baseline (p95 over p95).
 */
import { loadavg } from 'node:os';
import { referenceQuery } from '../../integration/analytics-reference';
import type { BenchScenario } from '../scenario';
import { percentile, ratioOf, round, timeInterleavedUs } from '../scenario';

const samples = 15;
const warmup = 2;
const returned = `type IN ('return_refund', 'exchange')`;

const monthBefore = (month: string, back: number) => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

export const scorecardScenario: BenchScenario = {
  name: 'scorecard',
  description:
    'scorecard.suppliers (all suppliers, 12 months) through the dispatcher vs the same figures as GROUP BYs over the raw tables (p95 ms)',
  run: async (ctx) => {
    const owner = await ctx.session('owner');
    const { db } = ctx.backend;
    const last = (db.prepare('SELECT max(month) AS m FROM rl_sales_monthly').get() as { m: string | null }).m ?? '2026-01';
    const period = { from: monthBefore(last, 11), to: last };
    let suppliers = 0;
    const kinds = {
      ours: async () => {
        const result = await ctx.backend.dispatch('scorecard.suppliers', { period }, owner);
        if (!result.ok) throw new Error(`scorecard.suppliers failed: ${result.error.message}`);
        suppliers = (result.value as { suppliers: unknown[] }).suppliers.length;
      },
      baseline: () => {
        referenceQuery(db, period, 'sold', 'supplier_id, month, sum(units) AS units', 'GROUP BY supplier_id, month');
        referenceQuery(
          db,
          period,
          'cs',
          `supplier_id, month, sum(units) AS units, sum(refund_fen + freight + writeoff) AS cost,
           sum(CASE WHEN inspection_id IN (SELECT id FROM inspections WHERE fault = 'supplier') THEN units END) AS fault_units`,
          `AND ${returned} GROUP BY supplier_id, month`,
        );
        referenceQuery(
          db,
          period,
          'findings',
          'supplier_id, key, sum(units) AS units',
          `AND ${returned} AND inspection_id IN (SELECT id FROM inspections WHERE fault = 'supplier') GROUP BY supplier_id, key`,
        );
      },
    };
    const before = loadavg();
    await timeInterleavedUs(warmup, kinds);
    const us = await timeInterleavedUs(samples, kinds);
    const ms = (list: number[], p: number) => round(percentile(list, p) / 1000, 2);
    return {
      p95_ms: ms(us.ours, 95),
      p50_ms: ms(us.ours, 50),
      baseline: ms(us.baseline, 95),
      baseline_p50_ms: ms(us.baseline, 50),
      ratio: ratioOf(percentile(us.ours, 95), percentile(us.baseline, 95)),
      suppliers,
      period: `${period.from}..${period.to}`,
      samples,
      load_average: { before_1m: round(before[0] ?? 0, 2), after_1m: round(loadavg()[0] ?? 0, 2) },
    };
  },
};
