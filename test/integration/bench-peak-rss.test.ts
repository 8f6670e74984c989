import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

/**
 * The import bench reports the import's peak memory from a child process. On Linux the rusage maxRSS of a
 * process survives exec, so a child of a large parent reported the parent's size as its own (the full bench once
 * showed 1,112 MB for an import that peaks at ~310 MB). ownPeakRssMb reads the child's own high-water mark.
 */
it.runIf(process.platform === 'linux')("a child spawned by a large parent reports its own peak memory, not the parent's", () => {
  const ballast = Buffer.alloc(600 * 1024 * 1024, 1); // the parent is large when it spawns (pages touched)
  const probe = `import { ownPeakRssMb } from './test/bench/scenarios/import-orders-csv.ts';
    console.log(JSON.stringify({ own: ownPeakRssMb(), inherited: Math.round(process.resourceUsage().maxRSS / 1024) }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  const { own, inherited } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { own: number; inherited: number };
  expect(ballast.length).toBeGreaterThan(0);
  // What the old figure would have said: at least the parent's ballast.
  expect(inherited).toBeGreaterThan(600);
  expect(own).toBeLessThan(300);
});
