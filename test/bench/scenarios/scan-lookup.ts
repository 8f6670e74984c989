/**
 * scan_lookup (issue 5, item 7): from a scanned code to the matching records through the dispatcher
 * (`scan.lookup`: validation and normalisation, session and role check, all five lookups, case cards, output
 * validation), mixing the five kinds of code a returns desk scans: return tracking numbers, order numbers,
 * case numbers, SKU codes and barcodes, in equal shares. Target: p99 ≤ 5 ms on 1,000,000 orders.
 * baseline (like for like): the handler's own repository call, `lookupCode(db, code)`, without the dispatcher;
 * ratio = ours p50 ÷ baseline p50. bare_statement_ms: one bare prepared statement per code (the index lookup
 * alone), for scale. The three are timed in one loop, sample by sample, each starting first in turn.
 * cpu_p50_ms / cpu_p99_ms: the dispatched calls' CPU time (process.cpuUsage), which other processes on a busy
 * machine cannot inflate the way they inflate wall-clock percentiles.
 */
import { lookupCode } from '../../../electron/backend/features/scan/scan-lookup';
import type { BenchContext, BenchScenario } from '../scenario';
import { percentile, ratioOf, round, sampleColumn, timeInterleavedUs } from '../scenario';

const perKind = 400;
const warmup = 200;

interface Kind {
  name: string;
  table: string;
  column: string;
  where?: string;
  bareSql: string;
}

const kinds: Kind[] = [
  {
    name: 'return_tracking',
    table: 'after_sales_cases',
    column: 'return_tracking_number',
    bareSql: 'SELECT * FROM after_sales_cases WHERE return_tracking_number = ?',
  },
  {
    name: 'order',
    table: 'orders',
    column: 'order_number',
    bareSql: 'SELECT * FROM orders WHERE store_id IN (SELECT id FROM stores) AND order_number = ?',
  },
  { name: 'case', table: 'after_sales_cases', column: 'case_number', bareSql: 'SELECT * FROM after_sales_cases WHERE case_number = ?' },
  { name: 'sku', table: 'skus', column: 'code', bareSql: 'SELECT * FROM skus WHERE code = ?' },
  { name: 'barcode', table: 'skus', column: 'barcode', bareSql: 'SELECT * FROM skus WHERE barcode = ?' },
];

export const scanLookupScenario: BenchScenario = {
  name: 'scan_lookup',
  description:
    'scan.lookup through the dispatcher, mixing return tracking / order / case numbers, SKU codes and barcodes (p50/p99 ms) vs lookupCode() without the dispatcher, and bare prepared statements',
  run: async (ctx: BenchContext) => {
    const session = await ctx.session('inspector');
    // Interleaved so every kind meets a warm and a cold cache alike.
    const mix: { kind: Kind; code: string }[] = [];
    const byKind = kinds.map((kind) => {
      const codes = sampleColumn(ctx.backend, kind.table, kind.column, perKind, kind.where);
      if (codes.length === 0) throw new Error(`scan_lookup: the dataset has no ${kind.table}.${kind.column}`);
      return { kind, codes };
    });
    for (let i = 0; i < perKind; i += 1) for (const { kind, codes } of byKind) mix.push({ kind, code: codes[i % codes.length]! });

    const dispatch = async (code: string) => {
      const result = await ctx.backend.dispatch('scan.lookup', { code }, session);
      if (!result.ok) throw new Error(`scan.lookup failed: ${result.error.message}`);
      return result.value as { kinds: string[] };
    };
    const { db } = ctx.backend;
    const statements = new Map(kinds.map((k) => [k.name, db.prepare(k.bareSql)]));
    let misses = 0;
    const cpuUs: number[] = [];
    const measured = {
      ours: async (i: number) => {
        const cpu = process.cpuUsage();
        if ((await dispatch(mix[i]!.code)).kinds.length === 0) misses += 1;
        const used = process.cpuUsage(cpu);
        cpuUs.push(used.user + used.system);
      },
      repository: (i: number) => lookupCode(db, mix[i]!.code),
      bare: (i: number) => statements.get(mix[i]!.kind.name)!.all(mix[i]!.code),
    };
    await timeInterleavedUs(Math.min(warmup, mix.length), measured);
    misses = 0;
    cpuUs.length = 0;
    const samples = await timeInterleavedUs(mix.length, measured);
    const dispatchedUs = samples.ours;

    const p99ByKind: Record<string, number> = {};
    for (const kind of kinds) {
      const ofKind = dispatchedUs.filter((_, i) => mix[i]!.kind === kind);
      p99ByKind[kind.name] = round(percentile(ofKind, 99) / 1000, 3);
    }
    const p50 = percentile(dispatchedUs, 50) / 1000;
    const baseline = percentile(samples.repository, 50) / 1000;
    const bare = percentile(samples.bare, 50) / 1000;
    return {
      p50_ms: round(p50, 3),
      p99_ms: round(percentile(dispatchedUs, 99) / 1000, 3),
      baseline: round(baseline, 4),
      baseline_p99_ms: round(percentile(samples.repository, 99) / 1000, 4),
      ratio: ratioOf(p50, baseline),
      bare_statement_ms: round(bare, 4),
      ratio_to_bare_statement: ratioOf(p50, bare),
      cpu_p50_ms: round(percentile(cpuUs, 50) / 1000, 3),
      cpu_p99_ms: round(percentile(cpuUs, 99) / 1000, 3),
      lookups: mix.length,
      not_found: misses,
      orders: ctx.orders,
      p99_ms_by_kind: p99ByKind,
    };
  },
};
