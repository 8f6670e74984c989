import { describe, expect, it } from 'vitest';
import { chinaWeekStart, cohortMonth, cumulativeShares, perThousand, returnRate } from './metrics';

describe('dashboard metric helpers', () => {
  it('cohort month is the paid month in China time', () => {
    expect(cohortMonth(Date.UTC(2026, 2, 31, 15, 59))).toBe('2026-03');
    expect(cohortMonth(Date.UTC(2026, 2, 31, 16, 0))).toBe('2026-04');
  });
  it('weeks start on Monday in China time', () => {
    expect(chinaWeekStart(Date.UTC(2026, 9, 25, 15, 59))).toBe('2026-10-19'); // Sunday 23:59 China time
    expect(chinaWeekStart(Date.UTC(2026, 9, 25, 16, 0))).toBe('2026-10-26'); // Monday 00:00 China time
  });
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
