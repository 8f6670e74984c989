import { describe, expect, it } from 'vitest';
import { cumulativeShares, nearestRank, perThousand, returnRate } from './metrics';

describe('dashboard metric helpers', () => {
  it('rates never divide by zero', () => {
    expect(returnRate(3, 0)).toBe(0);
    expect(returnRate(3, 12)).toBe(0.25);
    expect(perThousand(3, 600)).toBe(5);
  });
  it('cumulative shares end at 1', () => {
    expect(cumulativeShares([5, 3, 2])).toEqual([0.5, 0.8, 1]);
    expect(cumulativeShares([])).toEqual([]);
  });

  it('nearest-rank percentiles are real values: p50 of 1..4 is 2, p90 of 1..10 is 9, none is null', () => {
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(nearestRank([7], 0.9)).toBe(7);
    expect(nearestRank([], 0.5)).toBeNull();
  });
});
