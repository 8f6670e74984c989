import type { ImportProgress } from '../../../../shared/contract/imports.contract';

/**
 * Live progress of running previews and commits, polled by the screen. Kept in memory: after a restart there
 * is nothing running to report.
 */
interface Tracker {
  progress: ImportProgress;
  startedAt: number;
  /** What `done` counts up to: bytes while reading, staged rows while committing. */
  total: number;
  cancelled: boolean;
}

const trackers = new Map<string, Tracker>();

export class ImportCancelled extends Error {}

export const startTracking = (importId: string, total: number, now: number, phase: 'reading' | 'committing' = 'reading'): Tracker => {
  const tracker: Tracker = {
    progress: { importId, phase, rowsDone: 0, percent: 0, rowsPerSecond: 0, secondsLeft: null, message: null },
    startedAt: now,
    total,
    cancelled: false,
  };
  trackers.set(importId, tracker);
  return tracker;
};

/** Updates counters; `done` and `total` are in the same unit (bytes while reading). */
export const report = (tracker: Tracker, phase: ImportProgress['phase'], rowsDone: number, done: number, now: number) => {
  const elapsed = Math.max(1, now - tracker.startedAt) / 1000;
  const fraction = tracker.total > 0 ? Math.min(1, done / tracker.total) : 0;
  tracker.progress = {
    ...tracker.progress,
    phase,
    rowsDone,
    percent: Math.round(fraction * 1000) / 10,
    rowsPerSecond: Math.round(rowsDone / elapsed),
    secondsLeft: fraction > 0.01 && fraction < 1 ? Math.round((elapsed / fraction) * (1 - fraction)) : fraction >= 1 ? 0 : null,
  };
  if (tracker.cancelled) throw new ImportCancelled();
};

export const finishTracking = (importId: string, phase: 'done' | 'cancelled' | 'failed', message: string | null = null) => {
  const tracker = trackers.get(importId);
  if (!tracker) return;
  tracker.progress = { ...tracker.progress, phase, message, secondsLeft: 0, percent: phase === 'done' ? 100 : tracker.progress.percent };
  // Keep the final state a minute for the screen's last poll.
  setTimeout(() => trackers.delete(importId), 60_000).unref();
};

export const progressOf = (importId?: string): ImportProgress | null => {
  if (importId) return trackers.get(importId)?.progress ?? null;
  for (const t of trackers.values())
    if (t.progress.phase === 'reading' || t.progress.phase === 'checking' || t.progress.phase === 'committing') return t.progress;
  return null;
};

/** Asks a running preview or commit to stop at its next batch or chunk; answers whether one was running. */
export const requestCancel = (importId: string): boolean => {
  const tracker = trackers.get(importId);
  if (!tracker || !['reading', 'checking', 'committing'].includes(tracker.progress.phase)) return false;
  tracker.cancelled = true;
  return true;
};
