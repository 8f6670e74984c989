import type { BenchFigures, BenchScenario } from '../scenario';
import { round } from '../scenario';

/**
 * seed (issue 3, item 6): how long `seedDatabase` took to write the dataset this run uses (target: 1,000,000
 * orders in under 60 s). Measured by the harness while seeding; a reused data dir has no figure.
 */
export const seedScenario: BenchScenario = {
  name: 'seed',
  description: 'seedDatabase: orders + lines + cases + inspections in one transaction, then the derived-data rebuild',
  run: async (ctx): Promise<BenchFigures> => {
    if (!ctx.seed) return { seconds: null, note: 'dataset reused (--data-dir); not seeded in this run' };
    const { summary, seconds } = ctx.seed;
    return {
      seconds: round(seconds, 2),
      // CPU time of the seeding process: on a shared machine the wall time above also counts waiting for a core.
      cpu_s: round(ctx.seed.cpuSeconds, 2),
      orders_per_s: Math.round(ctx.orders / seconds),
      load_s: round(summary.timingsMs.load / 1000, 2),
      derived_s: round(summary.timingsMs.derived / 1000, 2),
      rows: Object.fromEntries(Object.entries(summary.counts)),
    };
  },
};
