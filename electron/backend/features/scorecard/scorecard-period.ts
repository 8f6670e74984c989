import { maxScorecardMonths, type ScorecardPeriod } from '../../../../shared/contract/scorecard.contract';
import { chinaOffsetMs } from '../../../../shared/domain/time';

/** A resolved period: first and last paid month (inclusive, 'YYYY-MM') and every month between. */
export interface MonthRange {
  from: string;
  to: string;
  months: string[];
}

const monthText = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** The China-time month of an instant. */
export const chinaMonthOf = (ms: number): string => new Date(ms + chinaOffsetMs).toISOString().slice(0, 7);

/** Fills in a missing end with the current month (at most the longest period after the start) and a missing start with 12 months before the end. */
export const resolvePeriod = (period: ScorecardPeriod, now: number): MonthRange => {
  const current = chinaMonthOf(now);
  const to =
    period.to ??
    (period.from === undefined
      ? current
      : monthText(Math.min(Math.max(monthIndex(period.from), monthIndex(current)), monthIndex(period.from) + maxScorecardMonths - 1)));
  const from = period.from ?? monthText(monthIndex(to) - 11);
  const months: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) months.push(monthText(i));
  return { from, to, months };
};
