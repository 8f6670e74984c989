/**
 * A small seeded PRNG (mulberry32) and the sampling helpers the generator needs. Our own, not Math.random, so the
 * same seed always yields the same dataset (tests compare row hashes; benches compare runs).
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Index drawn from cumulative weights (last entry = total). */
  pickCumulative: (cumulative: ArrayLike<number>) => number;
  weighted: <T>(entries: ReadonlyArray<readonly [T, number]>) => T;
  /** `count` decimal digits as text (leading zeros allowed). */
  digits: (count: number) => string;
}

const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const createRng = (seed: number): Rng => {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pickCumulative = (cumulative: ArrayLike<number>): number => {
    const total = cumulative[cumulative.length - 1] ?? 0;
    const target = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    pickCumulative,
    weighted: <T>(entries: ReadonlyArray<readonly [T, number]>): T => {
      const cumulative: number[] = [];
      let sum = 0;
      for (const [, weight] of entries) cumulative.push((sum += weight));
      return (entries[pickCumulative(cumulative)] as readonly [T, number])[0];
    },
    digits: (count) => {
      let text = '';
      for (let i = 0; i < count; i += 1) text += String(Math.floor(next() * 10));
      return text;
    },
  };
};

export const cumulativeOf = (weights: readonly number[]): Float64Array => {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, i) => (cumulative[i] = sum += weight));
  return cumulative;
};
