/**
 * The service desk's queue (issue 15, item 3; DOMAIN.md "Service desk"). Only cases waiting on the merchant run a
 * clock here: `after_sales_cases.merchant_deadline_at` is the due time of whatever the merchant must do next
 * (respond or refund), kept current by the clocks. Cases waiting on the buyer or the platform are listed apart and
 * are never overdue.
 */

/** The app-wide counter's "due soon": the deadline falls within this many hours. */
export const deskDueSoonHours = 2;

/** How often the page asks for the counter (and, with permission, for alerts): a minute keeps the backend quiet. */
export const deskPollMs = 60_000;

/** Desktop alerts: how many hours before a case's deadline it raises one notification (one per threshold). */
export interface DeskAlerts {
  /** Distinct, descending, 1 to 72 hours each; empty turns desktop alerts off. */
  hoursBefore: number[];
}

export const defaultDeskAlerts: DeskAlerts = { hoursBefore: [4, 1] };

export const deskAlertBounds = { minHours: 1, maxHours: 72, maxThresholds: 4 } as const;

/** Sorted descending without repeats: "4 h, then 1 h" however the owner typed them. */
export const normaliseAlertHours = (hours: readonly number[]): number[] => [...new Set(hours)].sort((a, b) => b - a);

/**
 * The threshold a case has crossed by `now`, or null: the smallest number of hours before the deadline that `now`
 * is already past. A case first seen with 30 minutes left alerts once for "1 h", not again for "4 h"; a case whose
 * deadline has passed alerts no more (the counter shows it as overdue).
 */
export const crossedThreshold = (deadlineAt: number, now: number, hoursBefore: readonly number[]): number | null => {
  if (deadlineAt <= now) return null;
  const crossed = hoursBefore.filter((h) => deadlineAt - h * 3_600_000 <= now);
  return crossed.length === 0 ? null : Math.min(...crossed);
};

/** The queue's views: waiting on the merchant (the clock runs), or on someone else (listed, never counted late). */
export const deskViews = ['merchant', 'others'] as const;
export type DeskView = (typeof deskViews)[number];

export const deskScopes = ['mine', 'team'] as const;
export type DeskScope = (typeof deskScopes)[number];

/** Counter shortcut: only cases already overdue or due within `deskDueSoonHours`. */
export const deskDueFilters = ['all', 'urgent'] as const;
export type DeskDueFilter = (typeof deskDueFilters)[number];
