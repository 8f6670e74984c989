import { describe, expect, it } from 'vitest';
import { countdownParts } from './countdown';

const s = 1000;
const min = 60 * s;
const h = 60 * min;

describe('the queue countdown', () => {
  it('shows days and hours past a day, hours and minutes past an hour, minutes and seconds under it', () => {
    expect(countdownParts(2 * 24 * h + 3 * h + 59 * min)).toEqual([
      { unit: 'd', count: 2 },
      { unit: 'h', count: 3 },
    ]);
    expect(countdownParts(h + 5 * min + 30 * s)).toEqual([
      { unit: 'h', count: 1 },
      { unit: 'm', count: 5 },
    ]);
    expect(countdownParts(12 * min + 5 * s)).toEqual([
      { unit: 'm', count: 12 },
      { unit: 's', count: 5 },
    ]);
  });
  it('counts an overdue time the same way', () => {
    expect(countdownParts(-(2 * h + 1 * s))).toEqual([
      { unit: 'h', count: 2 },
      { unit: 'm', count: 0 },
    ]);
  });
});
