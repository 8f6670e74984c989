import { useEffect, useRef } from 'react';

/** What counts as someone at the PC: a key (a barcode scanner types keys too), a click, the mouse, a wheel, a touch. */
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once when `idleMs` pass without activity in this window. Activity only moves a timestamp; one
 * timer checks it when it could have run out and re-arms for the rest, so a busy scanner costs nothing.
 * `Date.now()` rather than a monotonic clock: a PC that slept past the idle time must lock on waking.
 */
export const useIdleLock = (idleMs: number | null, onIdle: () => void): void => {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (idleMs === null) return;
    let last = Date.now();
    let timer: number | undefined;
    const touch = () => {
      last = Date.now();
    };
    const check = () => {
      const left = last + idleMs - Date.now();
      if (left <= 0) onIdleRef.current();
      else timer = window.setTimeout(check, left);
    };
    for (const event of activityEvents) window.addEventListener(event, touch, { capture: true, passive: true });
    timer = window.setTimeout(check, idleMs);
    return () => {
      window.clearTimeout(timer);
      for (const event of activityEvents) window.removeEventListener(event, touch, { capture: true });
    };
  }, [idleMs]);
};
