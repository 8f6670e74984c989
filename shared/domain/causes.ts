/**
 * Root causes and corrective actions (issue 16, item 5; DOMAIN.md "Refund-only and disputes"). A case gets one
 * current root cause from the owner's bilingual list; recording another replaces it and keeps the old one in the
 * history. A corrective action is what the shop will change so the cause stops coming back.
 */

/** How the owner's list is grouped: by whose side the cause sits on, which says who must act. */
export const causeGroups = ['product', 'listing', 'fulfilment', 'logistics', 'buyer', 'service', 'other'] as const;
export type CauseGroup = (typeof causeGroups)[number];

/** Corrective action states: open until done (with what was done) or dropped (with why). */
export const actionStatuses = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** The list screen's filters: overdue is an open action past its due time, not a status of its own. */
export const actionViews = ['open', 'overdue', 'done', 'dropped', 'all'] as const;
export type ActionView = (typeof actionViews)[number];

export const causeLimits = { name: 40, note: 1000, what: 500, process: 60, outcome: 1000 } as const;

/** An open action whose due time has passed. */
export const isOverdue = (a: { status: ActionStatus; dueAt: number }, now: number): boolean => a.status === 'open' && a.dueAt < now;
