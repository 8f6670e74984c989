import { describe, expect, it } from 'vitest';
import { crossedThreshold, normaliseAlertHours } from './desk';

const hour = 3_600_000;
const deadline = Date.UTC(2026, 5, 1, 10, 0, 0);

describe('desk alert thresholds', () => {
  it('crosses nothing while more than the largest threshold is left', () => {
    expect(crossedThreshold(deadline, deadline - 5 * hour, [4, 1])).toBeNull();
  });
  it('crosses 4 h at exactly four hours left, and 1 h from one hour left', () => {
    expect(crossedThreshold(deadline, deadline - 4 * hour, [4, 1])).toBe(4);
    expect(crossedThreshold(deadline, deadline - 2 * hour, [4, 1])).toBe(4);
    expect(crossedThreshold(deadline, deadline - hour, [4, 1])).toBe(1);
    expect(crossedThreshold(deadline, deadline - 1, [4, 1])).toBe(1);
  });
  it('alerts no more once the deadline has passed (the counter shows it overdue)', () => {
    expect(crossedThreshold(deadline, deadline, [4, 1])).toBeNull();
  });
  it('is off with no thresholds', () => {
    expect(crossedThreshold(deadline, deadline - 1, [])).toBeNull();
  });
  it('orders thresholds however they were typed', () => {
    expect(normaliseAlertHours([1, 4, 4, 2])).toEqual([4, 2, 1]);
  });
});
