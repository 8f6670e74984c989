import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/contract';
import { FuzzHarness, formatFinding, fuzzSettings, sessionNames } from '../fuzz/harness';

/**
 * Property-based fuzzing of the WHOLE contract over the real HTTP transport: for every method, as owner,
 * inspector, service and logged out, inputs derived from the method's zod schema (valid-shaped with hostile
 * values, and hostile: wrong types, 1 MB strings, 5,000+ levels of nesting, `__proto__`/`constructor` keys,
 * NUL and lone surrogates, out-of-range numbers, extra and missing keys, raw non-JSON bodies).
 *
 * Bounded for `npm test` (FUZZ_RUNS runs per caller and mode, default 8; FUZZ_BATCH_MS caps slow batches;
 * FUZZ_SEED replays a run). `npm run fuzz -- --runs N` runs the same properties longer and prints figures.
 */
const settings = fuzzSettings();
let harness: FuzzHarness;

beforeAll(async () => {
  harness = await FuzzHarness.start();
  console.log(
    `contract fuzz: seed ${settings.seed}, ${settings.runs} runs per caller and mode (FUZZ_SEED=${settings.seed} replays the inputs)`,
  );
}, 120_000);

afterAll(async () => {
  if (!harness) return;
  const figures = harness.figures();
  const known = harness.findings.filter((f) => f.known);
  console.log(
    `contract fuzz: ${figures.calls} calls in ${Math.round(figures.ms / 1000)} s, by outcome ${JSON.stringify(figures.byOutcome)}` +
      (known.length > 0 ? `\nknown defects hit (being fixed elsewhere):\n${known.map(formatFinding).join('\n')}` : ''),
  );
  await harness.close();
});

const newFindings = (method: string) => harness.findings.filter((f) => f.method === method && !f.known).map(formatFinding);

describe('contract fuzz over HTTP: every method, every caller, hostile and valid-shaped input', () => {
  it.each(methodNames)(
    '%s answers only {ok,value} or a typed non-INTERNAL error, never hangs or leaks a stack; refused callers neither succeed nor write, nor does a read',
    async (method) => {
      await harness.fuzzMethod(method, settings);
      expect(newFindings(method), `seed ${settings.seed}`).toEqual([]);
    },
    180_000,
  );

  it('exercised every method in the contract as owner, inspector, service and logged out, in both modes', () => {
    const missing = methodNames.flatMap((method) =>
      sessionNames.flatMap((session) =>
        (['valid', 'hostile'] as const)
          .filter((mode) => !harness.exercised.has(`${method}|${session}|${mode}`))
          .map((mode) => `${method}|${session}|${mode}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('got past validation into every method’s handler for a caller the method allows (the generators reach real code)', () => {
    expect(harness.unreachedHandlers()).toEqual([]);
  });

  it('left Object.prototype unpolluted and the database passing PRAGMA integrity_check', () => {
    expect('polluted' in ({} as object)).toBe(false);
    expect(harness.integrityCheck()).toBe('ok');
  });
});
