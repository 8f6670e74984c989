/**
 * `npm run crash -- --cycles N [--seed S] [--keep]`: the long crash run (test/crash/harness.ts). Prints each
 * cycle, then the figures; exits 1 when anything failed. The bounded version runs in `npm test`
 * (test/integration/crash.test.ts).
 *
 * A SIGKILL leaves the operating system's page cache intact, so this shows atomicity and recovery, not power-cut
 * durability; test/integration/sync-full.test.ts pins synchronous=FULL for that.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { formatFigures, planKinds, runCrash, type PlanKind } from './harness';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '50' },
    seed: { type: 'string' },
    plans: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'max-store-orders': { type: 'string' },
  },
});

const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const cycles = Number(values.cycles);
if (!Number.isInteger(seed) || !Number.isInteger(cycles) || cycles < 1) {
  console.error('usage: npm run crash -- --cycles N [--seed S] [--plans screens,spill-200k,…] [--keep] [--max-store-orders N]');
  process.exit(2);
}
const plans = values.plans?.split(',').map((p) => p.trim()) as PlanKind[] | undefined;
if (plans?.some((p) => !planKinds.includes(p))) {
  console.error(`plans are ${planKinds.join(', ')}`);
  process.exit(2);
}

console.log(
  `crash run: seed ${seed}, ${cycles} cycles (load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})`,
);
const figures = await runCrash({
  cycles,
  seed,
  plans,
  keepDirs: values.keep,
  maxStoreOrders: values['max-store-orders'] ? Number(values['max-store-orders']) : undefined,
  log: (line) => console.log(line),
});
console.log('');
console.log(formatFigures(figures));
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
process.exitCode = figures.failures.length > 0 ? 1 : 0;
