import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Due within this many hours reads as "soon" (orange); the queue's own threshold lives with the queue. */
const soonMs = 4 * 3_600_000;

export type DueState = 'overdue' | 'soon' | 'ok';

export const dueState = (dueAt: number, now: number): DueState => (dueAt < now ? 'overdue' : dueAt - now < soonMs ? 'soon' : 'ok');

export const dueColor: Record<DueState, string> = { overdue: 'error', soon: 'warning', ok: 'processing' };

/** The two largest units people read at a glance: "1天 4小时", "3 h 20 min". */
const parts = (ms: number): { unit: 'd' | 'h' | 'm'; count: number }[] => {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const all = [
    { unit: 'd' as const, count: days },
    { unit: 'h' as const, count: hours },
    { unit: 'm' as const, count: mins },
  ];
  const first = all.findIndex((p) => p.count > 0);
  if (first < 0) return [{ unit: 'm', count: 0 }];
  return all.slice(first, first + 2).filter((p, i) => i === 0 || p.count > 0);
};

/** "3小时 20分钟" / "3 h 20 min" for a duration (spaced like the case list's countdown). */
export const useDurationText = () => {
  const { t } = useTranslation('clocks');
  return (ms: number): string =>
    parts(ms)
      .map((p) => t(p.unit, { count: p.count }))
      .join(' ');
};

/** "剩 3小时" or "已超时 20分钟". */
export const useCountdownText = () => {
  const { t } = useTranslation('clocks');
  const duration = useDurationText();
  return (dueAt: number, now: number): string => t(dueAt < now ? 'overdue' : 'left', { time: duration(dueAt - now) });
};

/** Re-renders every `everyMs` so time left keeps counting down on a screen left open. */
export const useNow = (everyMs = 30_000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
};
