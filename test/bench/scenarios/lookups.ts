/**
 * lookup_order_number / lookup_tracking_number / lookup_case_number (issue 3, item 7): what the scan station pays
 * to find a record by a scanned code through the dispatcher (validation, session and role check, the handler,
 * output validation), against two baselines timed in the same loop, sample by sample:
 * - baseline (like for like): the same repository call the handler makes, `lookupCode(db, code)`, without the
 *   dispatcher: it tries every kind of code and builds the case cards, as `scan.lookup` does. ratio = ours ÷ it,
 *   the dispatcher's own cost.
 * - bare_statement_us: the one indexed statement that finds the record, for scale (ratio_to_bare_statement):
 *   the difference is real work (four more lookups, case cards) as well as the dispatcher.
 */
import { lookupCode } from '../../../electron/backend/features/scan/scan-lookup';
import type { BenchContext, BenchScenario } from '../scenario';
import { percentile, ratioOf, round, sampleColumn, timeInterleavedUs } from '../scenario';

const lookups = 2000;
const warmup = 200;

interface LookupSpec {
  name: string;
  description: string;
  table: string;
  column: string;
  where?: string;
  bareSql: string;
}

const measureLookup = async (ctx: BenchContext, spec: LookupSpec) => {
  const codes = sampleColumn(ctx.backend, spec.table, spec.column, lookups, spec.where);
  if (codes.length === 0) throw new Error(`${spec.name}: the dataset has no ${spec.table}.${spec.column} to look up`);
  const session = await ctx.session('inspector');
  const code = (i: number) => codes[i % codes.length]!;
  const { db } = ctx.backend;
  const bare = db.prepare(spec.bareSql);
  let misses = 0;
  const dispatched = async (i: number) => {
    const result = await ctx.backend.dispatch('scan.lookup', { code: code(i) }, session);
    if (!result.ok) throw new Error(`scan.lookup failed: ${result.error.message}`);
    if ((result.value as { kinds: string[] }).kinds.length === 0) misses += 1;
  };
  const kinds = { ours: dispatched, repository: (i: number) => lookupCode(db, code(i)), bare: (i: number) => bare.all(code(i)) };
  await timeInterleavedUs(warmup, kinds);
  misses = 0;
  const samples = await timeInterleavedUs(lookups, kinds);
  const p50 = percentile(samples.ours, 50);
  const repositoryP50 = percentile(samples.repository, 50);
  const bareP50 = percentile(samples.bare, 50);
  return {
    p50_us: round(p50),
    p99_us: round(percentile(samples.ours, 99)),
    baseline: round(repositoryP50),
    baseline_p99_us: round(percentile(samples.repository, 99)),
    ratio: ratioOf(p50, repositoryP50),
    bare_statement_us: round(bareP50),
    ratio_to_bare_statement: ratioOf(p50, bareP50),
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
  description:
    'scan.lookup of an order number (p50/p99 µs) vs lookupCode() without the dispatcher, and SELECT … FROM orders WHERE store_id IN (stores) AND order_number = ? (the index seek alone)',
  table: 'orders',
  column: 'order_number',
  // Order numbers are indexed by UNIQUE (store_id, order_number) only (migration 9): the bare seek names the stores.
  bareSql: 'SELECT * FROM orders WHERE store_id IN (SELECT id FROM stores) AND order_number = ?',
});

export const lookupTrackingNumberScenario = lookupScenario({
  name: 'lookup_tracking_number',
  description:
    'scan.lookup of a return tracking number vs lookupCode() without the dispatcher, and SELECT … FROM after_sales_cases WHERE return_tracking_number = ?',
  table: 'after_sales_cases',
  column: 'return_tracking_number',
  bareSql: 'SELECT * FROM after_sales_cases WHERE return_tracking_number = ?',
});

export const lookupCaseNumberScenario = lookupScenario({
  name: 'lookup_case_number',
  description:
    'scan.lookup of a 12-digit case number vs lookupCode() without the dispatcher, and SELECT … FROM after_sales_cases WHERE case_number = ?',
  table: 'after_sales_cases',
  column: 'case_number',
  bareSql: 'SELECT * FROM after_sales_cases WHERE case_number = ?',
});
