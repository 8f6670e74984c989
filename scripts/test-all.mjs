import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { buildIfStale } from './build-if-stale.mjs';

/**
 * `npm test`: unit and integration tests (Vitest, real SQLite files), then end to end (Playwright, Debian
 * Chromium against `npm run serve`). Each suite also writes a JSON report; the last line printed counts the
 * tests of both suites: "N passed, N failed, N skipped".
 */
const reports = { vitest: 'test-results/vitest.json', playwright: 'test-results/playwright.json' };
mkdirSync('test-results', { recursive: true });
for (const file of Object.values(reports)) rmSync(file, { force: true });

const run = (name, args, extraEnv = {}) => {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...extraEnv } });
  return { name, ok: result.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
};

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

/** Vitest's JSON reporter (Jest-compatible totals). */
const vitestCounts = () => {
  const report = readJson(reports.vitest);
  if (!report) return null;
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
};

/** Playwright's JSON reporter: expected = passed, unexpected = failed, flaky passed on retry. */
const playwrightCounts = () => {
  const report = readJson(reports.playwright);
  if (!report?.stats) return null;
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
};

buildIfStale();
const suites = [
  {
    ...run('unit + integration (vitest)', [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports.vitest}`,
    ]),
    counts: vitestCounts(),
  },
  {
    ...run('end to end (playwright + chromium)', ['node_modules/@playwright/test/cli.js', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_FILE: reports.playwright,
      PLAYWRIGHT_JSON_OUTPUT_NAME: reports.playwright,
    }),
    counts: playwrightCounts(),
  },
];

process.stdout.write('\n=== summary ===\n');
const total = { passed: 0, failed: 0, skipped: 0 };
let unreadable = 0;
for (const suite of suites) {
  const c = suite.counts;
  const detail = c ? `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` : 'no report (the suite did not run to the end)';
  process.stdout.write(`${suite.ok ? 'PASS' : 'FAIL'}  ${suite.name}: ${detail}  (${suite.seconds} s)\n`);
  if (!c) unreadable += 1;
  else for (const key of Object.keys(total)) total[key] += c[key];
}
if (!existsSync('test-results/screens')) process.stdout.write('(no screenshots were written to test-results/screens)\n');
const allOk = suites.every((s) => s.ok) && unreadable === 0;
// A suite that failed without a report still counts as a failure in the last line.
const failed = total.failed + (allOk ? 0 : suites.filter((s) => !s.ok && s.counts?.failed === 0).length + unreadable);
process.stdout.write(`${total.passed} passed, ${failed} failed, ${total.skipped} skipped\n`);
process.exit(allOk ? 0 : 1);
