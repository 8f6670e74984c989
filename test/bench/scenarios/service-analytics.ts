/**
 * service_analytics (issue 16, item 6): the Quality page's service section (`analytics.service`) through the
 * dispatcher, over a set of cohort filters (none, recent months, a store, the largest supplier, a SKU).
 * - p95_ms / p50_ms: one call per filter change; the dashboard's chart target is p95 ≤ 50 ms at 1M orders.
 * - baseline / ratio: the correctness test's reference cohort over the raw tables (orders ⋈ lines ⋈ cases with the
 *   latest inspection, analytics-reference.ts), counted only, for the same filter, timed in the same loop, sample
 *   by sample; ratio = ours ÷ baseline (p95 over p95). Any answer without the rollups pays at least that.
 * - cpu_p95_ms: ours in CPU time (after, separately), for runs on a loaded machine.
 */
import { loadavg } from 'node:os';
import type { AnalyticsFilter } from '../../../shared/contract/analytics.contract';
import { referenceQuery } from '../../integration/analytics-reference';
import type { BenchScenario } from '../scenario';
import { percentile, ratioOf, round, timeInterleavedUs } from '../scenario';

const rounds = 20;

export const serviceAnalyticsScenario: BenchScenario = {
  name: 'service_analytics',
  description: 'analytics.service through the dispatcher over cohort filters vs the reference cohort over the raw tables (p95 ms)',
  run: async (ctx) => {
    const owner = await ctx.session('owner');
    const { db } = ctx.backend;
    const one = <T>(sql: string) => db.prepare(sql).get() as T | undefined;
    const months = (db.prepare('SELECT DISTINCT month FROM rl_sales_monthly ORDER BY month DESC LIMIT 3').all() as { month: string }[]).map(
      (m) => m.month,
    );
    const filters: AnalyticsFilter[] = [
      {},
      ...(months.length > 0 ? [{ from: months.at(-1)!, to: months[0]! }] : []),
      ...[one<{ id: string }>('SELECT store_id AS id FROM rl_case_facts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')].flatMap((s) =>
        s ? [{ storeId: s.id }] : [],
      ),
      ...[one<{ id: string }>('SELECT id FROM suppliers ORDER BY id LIMIT 1')].flatMap((s) => (s ? [{ supplierId: s.id }] : [])),
      ...[one<{ id: string }>('SELECT sku_id AS id FROM rl_case_facts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')].flatMap((s) =>
        s ? [{ skuId: s.id }] : [],
      ),
    ];
    const service = async (filter: AnalyticsFilter) => {
      const result = await ctx.backend.dispatch('analytics.service', { filter }, owner);
      if (!result.ok) throw new Error(`analytics.service failed: ${result.error.message}`);
    };
    const kinds = {
      ours: (i: number) => service(filters[i % filters.length]!),
      baseline: (i: number) => referenceQuery(db, filters[i % filters.length]!, 'cs', 'count(*) AS n'),
    };
    const before = loadavg();
    await timeInterleavedUs(filters.length, kinds);
    const us = await timeInterleavedUs(rounds * filters.length, kinds);
    const cpuMs: number[] = [];
    for (let i = 0; i < rounds * filters.length; i += 1) {
      const start = process.cpuUsage();
      await kinds.ours(i);
      const used = process.cpuUsage(start);
      cpuMs.push((used.user + used.system) / 1000);
    }
    const ms = (list: number[], p: number) => round(percentile(list, p) / 1000, 2);
    const counted = one<{ n: number }>('SELECT count(*) AS n FROM rl_case_facts')?.n ?? 0;
    const withCause = one<{ n: number }>('SELECT count(*) AS n FROM case_root_causes WHERE replaced_at IS NULL')?.n ?? 0;
    return {
      p95_ms: ms(us.ours, 95),
      p50_ms: ms(us.ours, 50),
      cpu_p95_ms: round(percentile(cpuMs, 95), 2),
      baseline: ms(us.baseline, 95),
      baseline_p50_ms: ms(us.baseline, 50),
      ratio: ratioOf(percentile(us.ours, 95), percentile(us.baseline, 95)),
      filters: filters.length,
      samples: us.ours.length,
      counted_cases: counted,
      cases_with_cause: withCause,
      load_average: { before_1m: round(before[0] ?? 0, 2), after_1m: round(loadavg()[0] ?? 0, 2) },
    };
  },
};
