/**
 * `npm run bench -- --orders N --out FILE.json [--only a,b] [--data-dir DIR] [--seed S]`
 * Seeds a dataset in a temp dir (or reuses DIR when it already holds orders; an empty DIR is seeded and kept),
 * runs the registered scenarios against a backend opened on it, prints a table and writes the JSON report.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend, type Backend } from '../../electron/backend/app';
import { consoleLogger } from '../../electron/backend/core/logger';
import { demoUsers } from '../../electron/backend/seed/demo-users';
import { seedDatabase, type SeedSamples } from '../../electron/backend/seed/seed';
import type { BenchContext, BenchFigures } from './scenario';
import { scenarios } from './scenarios';
import { formatTable } from './table';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '100000' },
    out: { type: 'string' },
    only: { type: 'string' },
    'data-dir': { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const orders = Number(values.orders);
if (!Number.isInteger(orders) || orders < 1) throw new Error(`--orders must be a positive whole number (got ${values.orders})`);
const only = values.only
  ?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = only?.filter((name) => !scenarios.some((s) => s.name === name)) ?? [];
if (unknown.length > 0) throw new Error(`Unknown scenario(s): ${unknown.join(', ')}. Known: ${scenarios.map((s) => s.name).join(', ')}`);
const selected = scenarios.filter((s) => !only || only.includes(s.name));

// scan_to_screen and dashboard drive the built renderer through `serve`: build it if it is missing or stale.
if (selected.some((s) => s.name === 'scan_to_screen' || s.name === 'dashboard')) buildIfStale();

const keepDir = values['data-dir'] !== undefined;
const dataDir = keepDir ? resolve(values['data-dir']!) : mkdtempSync(join(tmpdir(), 'rl-bench-'));
const backend: Backend = createBackend({ dataDir, logger: consoleLogger(true) });

/** Samples of every code kind from whatever dataset is there (a reused dir has no seed summary). */
const samplesFrom = (db: Backend['db']): SeedSamples => {
  const column = (sql: string) => db.prepare(sql).pluck().all() as string[];
  return {
    orderNumbers: column('SELECT order_number FROM orders ORDER BY rowid DESC LIMIT 20'),
    trackingNumbers: column('SELECT tracking_number FROM orders WHERE tracking_number IS NOT NULL ORDER BY rowid DESC LIMIT 20'),
    awaitingReturnTracking: column(
      `SELECT return_tracking_number FROM after_sales_cases WHERE status = 'awaiting_return' AND return_tracking_number IS NOT NULL AND received_at IS NULL LIMIT 20`,
    ),
    caseNumbers: column('SELECT case_number FROM after_sales_cases ORDER BY rowid DESC LIMIT 20'),
    skuCodes: column('SELECT code FROM skus LIMIT 20'),
    barcodes: column('SELECT barcode FROM skus WHERE barcode IS NOT NULL LIMIT 20'),
  };
};

const run = async () => {
  const existing = (backend.db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n;
  let seed: BenchContext['seed'] = null;
  let datasetOrders = existing;
  if (existing === 0) {
    log(`seeding ${orders.toLocaleString('en-US')} orders into ${dataDir} …`);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const summary = seedDatabase(backend.db, { orders, seed: Number(values.seed) });
    const cpu = process.cpuUsage(cpuBefore);
    seed = { summary, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
    datasetOrders = orders;
    backend.db.pragma('wal_checkpoint(TRUNCATE)');
    log(`seeded in ${seed.seconds.toFixed(1)} s`);
  } else {
    log(`reusing ${dataDir} (${existing.toLocaleString('en-US')} orders)`);
  }

  const sessions = new Map<string, string>();
  const session = async (role: 'owner' | 'inspector' | 'service'): Promise<string> => {
    const known = sessions.get(role);
    if (known) return known;
    const demo = demoUsers.find((user) => user.role === role)!;
    const userId = backend.db.prepare('SELECT id FROM users WHERE name = ? COLLATE NOCASE AND active = 1').pluck().get(demo.name) as
      string | undefined;
    if (!userId) throw new Error(`The dataset has no demo user "${demo.name}" (seed it with npm run seed or let the bench seed it).`);
    const key = `bench-${role}`;
    const result = await backend.dispatch('auth.login', { userId, pin: demo.pin }, key);
    if (!result.ok) throw new Error(`Logging in ${demo.name} failed: ${result.error.message}`);
    sessions.set(role, key);
    return key;
  };

  const samples = seed?.summary.samples ?? samplesFrom(backend.db);
  const results: Record<string, BenchFigures> = {};
  for (const scenario of selected) {
    const scratchDir = mkdtempSync(join(tmpdir(), `rl-bench-${scenario.name}-`));
    log(`${scenario.name}: ${scenario.description}`);
    try {
      results[scenario.name] = await scenario.run({ dataDir, backend, orders: datasetOrders, scratchDir, samples, seed, session, log });
    } catch (error) {
      log(`${scenario.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      results[scenario.name] = { error: error instanceof Error ? error.message : String(error) };
    } finally {
      rmSync(scratchDir, { recursive: true, force: true });
    }
  }

  const cpuList = cpus();
  const report = {
    machine: {
      cpus: cpuList.length,
      model: cpuList[0]?.model ?? 'unknown',
      memGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      /** Other work on the machine while the bench ran (1-minute load average at the end): wall times scale with it. */
      loadAvg1m: Math.round(loadavg()[0]! * 10) / 10,
    },
    orders: datasetOrders,
    scenarios: results,
  };
  process.stdout.write(`${formatTable(results)}\n`);
  if (values.out) {
    const out = resolve(values.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${out}`);
  }
  return Object.values(results).some((figures) => 'error' in figures) ? 1 : 0;
};

run()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  })
  .finally(() => {
    backend.close();
    if (!keepDir) rmSync(dataDir, { recursive: true, force: true });
  });
