import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Money arrives as integer fen; shown as ¥ (not "CN¥", English's default) with the locale's grouping. */
export const formatFen = (fen: number | null | undefined, locale: string): string =>
  fen === null || fen === undefined
    ? '—'
    : new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2,
      }).format(fen / 100);

/** Times are UTC epoch ms, shown in the merchant's zone (China time by default). */
export const formatTime = (ms: number | null | undefined, zone = 'Asia/Shanghai'): string =>
  ms === null || ms === undefined ? '—' : dayjs(ms).tz(zone).format('YYYY-MM-DD HH:mm');

export const formatNumber = (n: number, locale: string, digits = 0): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);

export const formatPercent = (ratio: number, locale: string, digits = 1): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(ratio);

/** "等级、责任方" in Chinese, "grade, fault" in English: a list the way the reader's language writes one. */
export const formatList = (items: readonly string[], locale: string): string =>
  new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(items);
