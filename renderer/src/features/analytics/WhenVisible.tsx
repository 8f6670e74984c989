import { Card, Skeleton } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Draws a dashboard card with the latest answer only while it is on screen (or close to it); a card further
 * down the page catches up in idle time, one card per idle period, top to bottom.
 *
 * Why: a filter change used to redraw all seven Recharts charts in one task (0.8–1.4 s on the 1M-order seed),
 * although at most two or three are in view. Now the answer's commit draws the cards in view, and the page's
 * data-ready still means "every chart the user can see shows the new answer". A card that has not caught up
 * yet is marked data-current="false" and dimmed; scrolling it near the viewport draws it at once.
 */

/** How far outside the viewport a card already counts as in view, so it is drawn before it scrolls in. */
const nearViewport = 64;

type Job = () => void;
const queue: Job[] = [];
let pending = false;

/** One job per idle period: each job's render is its own task, so input stays responsive between them. */
const runNext = () => {
  pending = false;
  queue.shift()?.();
  if (queue.length > 0) schedule();
};
const schedule = () => {
  if (pending) return;
  pending = true;
  requestIdleCallback(runNext, { timeout: 1000 });
};
const whenIdle = (job: Job) => {
  queue.push(job);
  schedule();
  return () => {
    const at = queue.indexOf(job);
    if (at >= 0) queue.splice(at, 1);
  };
};

const inViewport = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return rect.bottom >= -nearViewport && rect.top <= window.innerHeight + nearViewport;
};

export interface WhenVisibleProps<T> {
  /** The card's input (memoized by the caller: a new object means a new answer to draw). */
  value: T;
  children: (value: T) => ReactNode;
  /** Height of the placeholder before the card is first drawn. */
  placeholderHeight: number;
  testId: string;
}

export const WhenVisible = <T,>({ value, children, placeholderHeight, testId }: WhenVisibleProps<T>) => {
  const ref = useRef<HTMLDivElement>(null);
  // null until measured in the first layout effect (before the first paint).
  const [visible, setVisible] = useState<boolean | null>(null);
  const [shown, setShown] = useState<T | undefined>(undefined);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setVisible(inViewport(element));
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry) setVisible(entry.isIntersecting);
      },
      { rootMargin: `${nearViewport}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new answer can move a card into view without a scroll (the cards above it shrink or grow): check again
  // after the answer's commit, before paint, so the card is drawn in the same frame.
  useLayoutEffect(() => {
    if (visible === false && ref.current && inViewport(ref.current)) setVisible(true);
  }, [value, visible]);

  const current = visible === true ? value : shown;

  useEffect(() => {
    if (current === value) {
      if (shown !== value) setShown(value);
      return;
    }
    return whenIdle(() => setShown(value));
  }, [current, value, shown]);

  const upToDate = current === value;
  return (
    <div
      ref={ref}
      className={upToDate ? 'quality-deferred' : 'quality-deferred quality-stale'}
      data-testid={`card-${testId}`}
      data-current={String(upToDate)}
    >
      {current === undefined ? (
        <Card className="quality-card" style={{ minHeight: placeholderHeight }}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : (
        children(current)
      )}
    </div>
  );
};
