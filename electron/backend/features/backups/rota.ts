/**
 * Which backups to keep: the 3 newest from today, then the newest of each of the previous 30 days; everything
 * else is removed. "Today" is the China-time calendar day of `now` (the shop's day, not the PC's UTC day).
 */
import { chinaOffsetMs, dayMs } from '../../../../shared/domain/time';

const keepToday = 3;
const keepDays = 30;

const chinaDay = (utcMs: number): number => Math.floor((utcMs + chinaOffsetMs) / dayMs);

export const backupsToKeep = <T extends { id: string; createdAt: number }>(backups: readonly T[], now: number): Set<string> => {
  const today = chinaDay(now);
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  const keep = new Set<string>();
  const keptPerDay = new Map<number, number>();
  for (const backup of newestFirst) {
    const day = chinaDay(backup.createdAt);
    const age = today - day;
    const allowed = age <= 0 ? keepToday : age <= keepDays ? 1 : 0;
    const kept = keptPerDay.get(day) ?? 0;
    if (kept < allowed) {
      keep.add(backup.id);
      keptPerDay.set(day, kept + 1);
    }
  }
  return keep;
};
