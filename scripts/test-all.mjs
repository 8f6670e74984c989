import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

/**
 * `npm test`: unit and integration tests (Vitest, real SQLite files), then end to end (Playwright, Debian
 * Chromium against `npm run serve`). Ends with one summary line per suite and an overall verdict.
 */
const run = (name, command, args) => {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return { name, ok: result.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
};

buildIfStale();
const results = [
  run('unit + integration (vitest)', process.execPath, ['node_modules/vitest/vitest.mjs', 'run']),
  run('end to end (playwright + chromium)', process.execPath, ['node_modules/@playwright/test/cli.js', 'test']),
];
process.stdout.write('\n=== summary ===\n');
for (const r of results) process.stdout.write(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.seconds} s)\n`);
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(failed === 0 ? 'All test suites passed.\n' : `${failed} test suite(s) failed.\n`);
process.exit(failed === 0 ? 0 : 1);
