/**
 * Crash suite, bounded for `npm test` (the long run: `npm run crash -- --cycles N [--seed S]`). The backend runs
 * behind its real HTTP transport in a child process; the screens' writes (cases and orders entered by hand,
 * messages, receipts, inspection drafts and completions, unmatched parcels, user changes) and imports of 20,000 and
 * 200,000 rows go through it; the child is SIGKILLed — among the writes, into a commit, and right after a bulk
 * commit's first cache spill — restarted on the same data dir, and the store checked: it opens, integrity_check is
 * ok, every acknowledged write is there, and every import is all there or not at all (test/crash/).
 *
 * A SIGKILL leaves the operating system's page cache intact: what the process wrote survives even if it was never
 * fsynced. So this proves atomicity and recovery, not power-cut durability; that rests on synchronous=FULL on the
 * connection that acknowledges saves, pinned by test/integration/sync-full.test.ts.
 */
import { expect, it } from 'vitest';
import { formatFigures, runCrash, type PlanKind } from '../crash/harness';

const seed = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : 20260811;
const plans: PlanKind[] = ['screens', 'commit-20k', 'spill-200k', 'screens+20k', 'commit-20k', 'journal-200k', 'screens'];

it(`survives SIGKILLs among writes and imports (seed ${seed}, ${plans.length} cycles)`, { timeout: 600_000 }, async () => {
  const figures = await runCrash({ cycles: plans.length, seed, plans, log: (line) => console.log(line) });
  console.log(formatFigures(figures));
  expect(figures.failures, formatFigures(figures)).toEqual([]);
  expect(figures.acknowledgedChecks).toBeGreaterThan(0);
  expect(figures.killsDuringCommit.big).toBeGreaterThanOrEqual(1);
  expect(figures.killsWithRollbackJournal).toBeGreaterThanOrEqual(1);
});
