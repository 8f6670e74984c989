/**
 * lookup_order_number / lookup_tracking_number / lookup_case_number (issue 3, item 7): what the scan station pays
 * to find a record by a scanned code, through the dispatcher (validation, session and role check, the handler,
 * output validation) against the same indexed lookup as one bare prepared statement.
 *
 * The dispatched method is `scan.lookup` (the scan station's own read): it tries every kind of code at once and
 * builds case cards, so part of the ratio is real work the bare statement does not do.
 */
import type { BenchContext, BenchScenario } from '../scenario';
import { percentile, round, sampleColumn, timeEachUs } from '../scenario';

const lookups = 2000;
const warmup = 200;

interface LookupSpec {
  name: string;
  description: string;
  table: string;
  column: string;
  where?: string;
  baselineSql: string;
}

const measureLookup = async (ctx: BenchContext, spec: LookupSpec) => {
  const codes = sampleColumn(ctx.backend, spec.table, spec.column, lookups, spec.where);
  if (codes.length === 0) throw new Error(`${spec.name}: the dataset has no ${spec.table}.${spec.column} to look up`);
  const session = await ctx.session('inspector');
  const code = (i: number) => codes[i % codes.length]!;
  for (let i = 0; i < warmup; i += 1) await ctx.backend.dispatch('scan.lookup', { code: code(i) }, session);
  let misses = 0;
  const dispatched = await timeEachUs(lookups, async (i) => {
    const result = await ctx.backend.dispatch('scan.lookup', { code: code(i) }, session);
    if (!result.ok) throw new Error(`scan.lookup failed: ${result.error.message}`);
    if ((result.value as { kinds: string[] }).kinds.length === 0) misses += 1;
  });
  const bare = ctx.backend.db.prepare(spec.baselineSql);
  for (let i = 0; i < warmup; i += 1) bare.all(code(i));
  const baseline = await timeEachUs(lookups, (i) => bare.all(code(i)));
  const p50 = percentile(dispatched, 50);
  const baseP50 = percentile(baseline, 50);
  return {
    p50_us: round(p50),
    p99_us: round(percentile(dispatched, 99)),
    baseline: round(baseP50),
    baseline_p99_us: round(percentile(baseline, 99)),
    ratio: round(p50 / baseP50),
    lookups: codes.length,
    not_found: misses,
    method: 'scan.lookup',
  };
};

const lookupScenario = (spec: LookupSpec): BenchScenario => ({
  name: spec.name,
  description: spec.description,
  run: (ctx) => measureLookup(ctx, spec),
});

export const lookupOrderNumberScenario = lookupScenario({
  name: 'lookup_order_number',
  description: 'scan.lookup of an order number (p50/p99 µs) vs SELECT … FROM orders WHERE store_id IN (stores) AND order_number = ? (the same index seek)',
  table: 'orders',
  column: 'order_number',
  // Order numbers are indexed by UNIQUE (store_id, order_number) only (migration 9): the bare seek names the stores.
  baselineSql: 'SELECT * FROM orders WHERE store_id IN (SELECT id FROM stores) AND order_number = ?',
});

export const lookupTrackingNumberScenario = lookupScenario({
  name: 'lookup_tracking_number',
  description: 'scan.lookup of a return tracking number vs SELECT … FROM after_sales_cases WHERE return_tracking_number = ?',
  table: 'after_sales_cases',
  column: 'return_tracking_number',
  baselineSql: 'SELECT * FROM after_sales_cases WHERE return_tracking_number = ?',
});

export const lookupCaseNumberScenario = lookupScenario({
  name: 'lookup_case_number',
  description: 'scan.lookup of a 12-digit case number vs SELECT … FROM after_sales_cases WHERE case_number = ?',
  table: 'after_sales_cases',
  column: 'case_number',
  baselineSql: 'SELECT * FROM after_sales_cases WHERE case_number = ?',
});
