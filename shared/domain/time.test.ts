import { describe, expect, it } from 'vitest';
import { parseChinaTime } from './time';

describe('China time to UTC', () => {
  it('reads a Pinduoduo export time as UTC+8', () => {
    expect(parseChinaTime('2026-07-30 06:50:00')).toBe(Date.UTC(2026, 6, 29, 22, 50, 0));
    expect(parseChinaTime('2026/7/30 6:50')).toBe(Date.UTC(2026, 6, 29, 22, 50, 0));
    expect(parseChinaTime('2026-01-01')).toBe(Date.UTC(2025, 11, 31, 16, 0, 0));
  });

  it('refuses impossible or foreign dates', () => {
    for (const bad of ['2026-02-30 10:00:00', '2026-13-01', '2026-07-30 25:00:00', 'yesterday', '30/07/2026', '']) {
      expect(parseChinaTime(bad), bad).toBeNull();
    }
  });
});
