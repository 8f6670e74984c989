import { describe, expect, it } from 'vitest';
import { cumulativeShares, perThousand, returnRate } from './metrics';

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
});
