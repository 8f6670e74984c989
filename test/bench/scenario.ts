/**
 * The benchmark harness's plug-in interface. A scenario gets a seeded data dir with a backend open on it and
 * answers a flat record of figures (plus optional nested detail); the harness prints and saves them.
 * Scenarios measure; they never assert times.
 */
import type { Backend } from '../../electron/backend/app';
import type { SeedSamples, SeedSummary } from '../../electron/backend/seed/seed';

/**
 * Figures by name: numbers (times, rates, `baseline`, `ratio`), null when not measurable here, or nested detail.
 * `ratio` is always ours ÷ baseline (above 1: ours is slower than the baseline), as docs/METRICS.md states.
 */
export type BenchFigures = Record<string, number | string | null | Record<string, number | null>>;

export interface BenchContext {
  /** The seeded data dir; `backend` is open on it. Scenarios may write to it (drafts, receipts) but not replace it. */
  dataDir: string;
  backend: Backend;
  /** Orders in the dataset. */
  orders: number;
  /** A fresh empty directory for this scenario's own files, removed afterwards. */
  scratchDir: string;
  samples: SeedSamples;
  /** Present when the harness seeded the dataset in this run (null when it reused a data dir). */
  seed: { summary: SeedSummary; seconds: number; cpuSeconds: number } | null;
  /** A logged-in session key for a demo user of that role (owner / inspector / service). */
  session: (role: 'owner' | 'inspector' | 'service') => Promise<string>;
  log: (message: string) => void;
}

export interface BenchScenario {
  name: string;
  description: string;
  run: (ctx: BenchContext) => Promise<BenchFigures>;
}

/** The p-th percentile (0–100) of a list of samples, nearest-rank. */
export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
};

export const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/**
 * Times several kinds of work sample by sample, interleaved: call i runs every kind once for input i, starting
 * with a different kind each time (ours, baseline, … then baseline, …, ours), so a slow minute on a shared machine,
 * a warm cache or a GC pause weighs on every kind alike instead of on whichever ran in that stretch.
 * Answers each kind's samples in microseconds.
 */
export const timeInterleavedUs = async <K extends string>(
  count: number,
  kinds: Record<K, (i: number) => unknown>,
): Promise<Record<K, number[]>> => {
  const names = Object.keys(kinds) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < count; i += 1) {
    for (let k = 0; k < names.length; k += 1) {
      const name = names[(i + k) % names.length]!;
      const start = process.hrtime.bigint();
      await kinds[name](i);
      samples[name].push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  return samples;
};

/** ours ÷ baseline: one decimal from 1 up, two significant digits below (a dashboard far faster than its baseline). */
export const ratioOf = (ours: number, baseline: number): number => {
  const ratio = ours / baseline;
  return ratio >= 1 ? round(ratio, 1) : Number(ratio.toPrecision(2));
};

/** Random rows' values of one column, drawn with the dataset's own rowids (deterministic for a given `salt`). */
export const sampleColumn = (backend: Backend, table: string, column: string, count: number, where = '1', salt = 1): string[] => {
  const ids = backend.db
    .prepare(
      `SELECT ${column} AS v FROM ${table} WHERE ${where} AND ${column} IS NOT NULL ORDER BY (rowid * ${2654435761 + salt}) % 1000003 LIMIT ?`,
    )
    .pluck()
    .all(count) as string[];
  return ids;
};
