import { parseArgs } from 'node:util';
import { methodNames, type MethodName } from '../../shared/contract';
import { FuzzHarness, formatFinding, fuzzSettings, sessionNames } from './harness';

/**
 * `npm run fuzz -- [--runs N] [--seed S] [--batch-ms MS] [--timeout-ms MS] [--only PREFIX,…] [--orders N] [--verbose]`
 *
 * The properties of test/integration/fuzz-contract.test.ts, run longer: every contract method, as owner,
 * inspector, service and logged out, N runs per caller and mode (valid-shaped and hostile), over the real HTTP
 * transport. Prints calls made, answers by code and per caller, the slowest calls, every finding (known defects
 * marked) and the integrity check; exits 1 when there is a finding that is not a known defect.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    seed: { type: 'string' },
    'batch-ms': { type: 'string' },
    'timeout-ms': { type: 'string' },
    only: { type: 'string' },
    orders: { type: 'string', default: '300' },
    verbose: { type: 'boolean', default: false },
  },
});

const settings = fuzzSettings({
  ...process.env,
  ...(values.runs !== undefined && { FUZZ_RUNS: values.runs }),
  ...(values.seed !== undefined && { FUZZ_SEED: values.seed }),
  // A long run should not be cut short by the test's per-batch time cap unless asked.
  FUZZ_BATCH_MS: values['batch-ms'] ?? process.env.FUZZ_BATCH_MS ?? '60000',
});
const prefixes =
  values.only
    ?.split(',')
    .map((p) => p.trim())
    .filter(Boolean) ?? [];
const methods: MethodName[] = methodNames.filter((m) => prefixes.length === 0 || prefixes.some((p) => m.startsWith(p)));
if (methods.length === 0) {
  process.stderr.write(`No contract method starts with ${prefixes.join(' or ')}.\n`);
  process.exit(2);
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const table = (rows: Record<string, Record<string, number>>, columns: string[]) => {
  const width = Math.max(12, ...Object.keys(rows).map((k) => k.length + 2));
  const w = (c: string) => Math.max(8, c.length + 2);
  const lines = [`${pad('', width)}${columns.map((c) => pad(c, w(c))).join('')}`];
  for (const [name, counts] of Object.entries(rows))
    lines.push(`${pad(name, width)}${columns.map((c) => pad(counts[c] ?? 0, w(c))).join('')}`);
  return lines.join('\n');
};

const main = async () => {
  const started = performance.now();
  const harness = await FuzzHarness.start({
    orders: Number(values.orders) || 300,
    ...(values['timeout-ms'] !== undefined && { timeoutMs: Number(values['timeout-ms']) }),
    echoBackendErrors: values.verbose,
  });
  process.stdout.write(
    `contract fuzz: ${methods.length} methods × ${sessionNames.length} callers × 2 modes, ${settings.runs} runs each, seed ${settings.seed}\n`,
  );
  try {
    for (const method of methods) {
      const before = harness.records.length;
      const t0 = performance.now();
      await harness.fuzzMethod(method, settings);
      const problems = harness.findings.filter((f) => f.method === method);
      process.stdout.write(
        `${pad(method, 28)} ${pad(harness.records.length - before, 6)} calls ${pad(`${Math.round(performance.now() - t0)} ms`, 10)}${problems.length ? ` ${problems.length} finding(s)` : ''}\n`,
      );
    }
    const figures = harness.figures();
    const outcomes = [...new Set(Object.values(figures.bySession).flatMap((o) => Object.keys(o)))].sort();
    const integrity = harness.integrityCheck();
    process.stdout.write(
      [
        '',
        `calls: ${figures.calls} in ${(figures.ms / 1000).toFixed(1)} s of request time (${((performance.now() - started) / 1000).toFixed(1)} s wall), ${(figures.bytesSent / 1024 / 1024).toFixed(1)} MB sent`,
        `by outcome: ${JSON.stringify(figures.byOutcome)}`,
        '',
        'per caller:',
        table(figures.bySession, outcomes),
        '',
        `slowest: ${figures.slowest.map((s) => `${s.method} as ${s.session} ${s.ms} ms (${s.outcome})`).join('; ')}`,
        `methods never sent a schema-valid input by an allowed caller: ${harness.unreachedHandlers().join(', ') || 'none'}`,
        `PRAGMA integrity_check: ${integrity}`,
        `Object.prototype polluted: ${'polluted' in ({} as object)}`,
        '',
      ].join('\n'),
    );
    if (values.verbose) {
      const perMethod: Record<string, Record<string, number>> = {};
      for (const [m, f] of Object.entries(figures.byMethod)) perMethod[m] = f.outcomes;
      process.stdout.write(`per method:\n${table(perMethod, outcomes)}\n\n`);
    }
    const known = harness.findings.filter((f) => f.known);
    const fresh = harness.findings.filter((f) => !f.known);
    process.stdout.write(`findings: ${fresh.length} new, ${known.length} known (being fixed elsewhere)\n`);
    for (const f of [...fresh, ...known]) process.stdout.write(`  ${formatFinding(f)}\n`);
    process.exitCode = fresh.length > 0 || integrity !== 'ok' ? 1 : 0;
  } finally {
    await harness.close();
  }
};

await main();
