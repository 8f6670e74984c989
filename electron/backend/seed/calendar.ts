/**
 * When orders happen: twelve months ending at `until`, with a weekly rhythm (weekends busier), the shopping
 * festivals (618, 双11, 双12), the Spring Festival lull, per-product seasons and a daily clock (lunch and evening peaks).
 */
import { chinaOffsetMs, dayMs, hourMs } from '../../../shared/domain/time';
import type { Season } from './catalog';

interface SeedDay {
  startUtc: number;
  y: number;
  m: number;
  d: number;
  weight: number;
  /** Month 1–12 in China time, for the product seasons. */
  month: number;
}

/** Midnight China time of the day containing `utcMs`, as UTC ms. */
export const chinaMidnight = (utcMs: number): number => Math.floor((utcMs + chinaOffsetMs) / dayMs) * dayMs - chinaOffsetMs;

const weekdayFactor = [1.2, 0.95, 0.92, 0.95, 1.0, 1.08, 1.18]; // Sunday first, as getUTCDay numbers them

const festivalFactor = (m: number, d: number): number => {
  if (m === 11 && d <= 11) return 1.3 + (d / 11) * 1.9; // 双11 build-up, peak on the 11th
  if (m === 11 && d <= 13) return 1.5;
  if (m === 12 && d >= 10 && d <= 12) return 1.8; // 双12
  if (m === 6 && d >= 10 && d <= 18) return 1.4 + ((d - 10) / 8) * 0.8; // 618
  if ((m === 1 && d >= 25) || (m === 2 && d <= 18)) return 0.55; // Spring Festival: couriers stop
  if (m === 10 && d <= 7) return 0.85; // National Day holiday
  return 1;
};

export const buildDays = (until: number, dayCount = 365): SeedDay[] => {
  const days: SeedDay[] = [];
  for (let i = dayCount; i >= 1; i -= 1) {
    const startUtc = until - i * dayMs;
    const wall = new Date(startUtc + chinaOffsetMs);
    const y = wall.getUTCFullYear();
    const m = wall.getUTCMonth() + 1;
    const d = wall.getUTCDate();
    // A slow growth over the year: the shop is doing better than it was.
    const growth = 0.8 + (0.4 * (dayCount - i)) / dayCount;
    days.push({ startUtc, y, m, d, month: m, weight: growth * weekdayFactor[wall.getUTCDay()]! * festivalFactor(m, d) });
  }
  return days;
};

/** How many orders fall on each day: proportional to weight, rounded so the total is exactly `orders`. */
export const ordersPerDay = (days: readonly SeedDay[], orders: number): Int32Array => {
  const total = days.reduce((sum, day) => sum + day.weight, 0);
  const counts = new Int32Array(days.length);
  let assigned = 0;
  let cumulative = 0;
  days.forEach((day, i) => {
    cumulative += day.weight;
    const target = Math.round((cumulative / total) * orders);
    counts[i] = target - assigned;
    assigned = target;
  });
  return counts;
};

export const seasonFactor = (season: Season, month: number): number => {
  const winter = month >= 11 || month <= 2;
  const summer = month >= 6 && month <= 8;
  switch (season) {
    case 'winter':
      return winter ? 1.9 : summer ? 0.35 : month === 10 || month === 3 ? 1.1 : 0.7;
    case 'summer':
      return summer ? 1.9 : winter ? 0.3 : month === 5 || month === 9 ? 1.2 : 0.7;
    case 'fruit':
      return winter ? 1.8 : month >= 9 ? 1.2 : 0.6;
    default:
      return 1;
  }
};

// Orders per hour of a China-time day: quiet nights, a lunch bump and the evening peak.
const hourWeights = [3, 1.5, 1, 0.6, 0.5, 0.7, 1.5, 3, 4.5, 5, 5.5, 6, 7, 6.5, 5.5, 5.5, 5.5, 5.5, 6, 7, 8.5, 9.5, 9, 6];
const hourCumulative = (() => {
  const total = hourWeights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return [0, ...hourWeights.map((w) => (sum += w) / total)];
})();

/** Maps u in [0,1) to ms after midnight following the daily clock; monotonic, so sorted u gives sorted times. */
export const timeOfDay = (u: number): number => {
  let hour = 0;
  while (hour < 23 && hourCumulative[hour + 1]! <= u) hour += 1;
  const lo = hourCumulative[hour]!;
  const hi = hourCumulative[hour + 1]!;
  return Math.floor((hour + (u - lo) / (hi - lo)) * hourMs);
};
