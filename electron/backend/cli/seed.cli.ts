import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../app';
import { consoleLogger } from '../core/logger';
import { rawCount } from '../db/raw-sql';
import { seedDatabase } from '../seed/seed';

/**
 * `npm run seed -- --data-dir DIR --orders N [--seed S] [--until YYYY-MM-DD]`: migrates DIR's database (creating
 * it if needed), loads a deterministic demo dataset and prints what it made plus the demo users' PINs.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    orders: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    until: { type: 'string' },
  },
});

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

if (!values['data-dir']) fail('Usage: npm run seed -- --data-dir DIR --orders N [--seed S] [--until YYYY-MM-DD]');
const dataDir = resolve(values['data-dir']!);
const orders = Number(values.orders);
const seed = Number(values.seed);
if (!Number.isInteger(orders) || orders < 1 || orders > 20_000_000)
  fail(`--orders must be a whole number from 1 to 20000000 (got ${values.orders}).`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number (got ${values.seed}).`);
let until: number | undefined;
if (values.until) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.until);
  if (!match) fail(`--until must look like 2026-11-21 (got ${values.until}).`);
  // Midnight China time (UTC+8) of that date.
  until = Date.UTC(Number(match![1]), Number(match![2]) - 1, Number(match![3])) - 8 * 3600_000;
}

const openBackend = () => {
  try {
    return createBackend({ dataDir, logger: consoleLogger(true) });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
};
const backend = openBackend();
const existing = rawCount(backend.db, 'SELECT count(*) AS n FROM orders');
if (existing > 0) {
  backend.close();
  fail(`${dataDir} already holds ${existing} orders; seed an empty data dir.`);
}
const started = performance.now();
const summary = seedDatabase(backend.db, { orders, seed, until, dataDir: backend.env.dataDir });
const seconds = (performance.now() - started) / 1000;
backend.db.pragma('wal_checkpoint(TRUNCATE)');
backend.close();

const lines = [
  `Seeded ${dataDir} in ${seconds.toFixed(1)} s (seed ${summary.seed}, twelve months up to ${new Date(summary.until + 8 * 3600_000).toISOString().slice(0, 10)} China time)`,
  ...Object.entries(summary.counts).map(([table, n]) => `  ${table.padEnd(20)} ${n.toLocaleString('en-US')}`),
  'Samples:',
  `  order number          ${summary.samples.orderNumbers[0] ?? '-'}`,
  `  tracking number       ${summary.samples.trackingNumbers[0] ?? '-'}`,
  `  awaiting return       ${summary.samples.awaitingReturnTracking[0] ?? '-'}`,
  `  case number           ${summary.samples.caseNumbers[0] ?? '-'}`,
  `  SKU code / barcode    ${summary.samples.skuCodes[0] ?? '-'} / ${summary.samples.barcodes[0] ?? '-'}`,
  'Demo users (name / role / PIN):',
  ...summary.users.map((user) => `  ${user.name.padEnd(10)} ${user.role.padEnd(10)} ${user.pin ?? '(existing user kept; PIN unchanged)'}`),
];
process.stdout.write(`${lines.join('\n')}\n`);
