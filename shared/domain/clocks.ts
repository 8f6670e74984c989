/**
 * Per-case clocks (issue 15, items 2 and 7; DOMAIN.md "Deadlines" and "Service desk"). A case carries each
 * deadline that applies, each as a row with its history: when and why it was armed, and when and why it stopped.
 * `respond` and `refund` are the merchant's clocks: the one running is mirrored into
 * `after_sales_cases.merchant_deadline_at`, the live clock the queue sorts and counts by. The others are the
 * desk's own: the platform's evidence deadline while it intervenes, a promised update and the follow-up after
 * the case resolves; those are also the desk's tasks.
 */
export const clockKinds = ['respond', 'refund', 'evidence', 'promised_update', 'follow_up'] as const;
export type ClockKind = (typeof clockKinds)[number];

/** The merchant's clocks: at most one of them runs, and its due time is `merchant_deadline_at`. */
export const merchantClockKinds = ['respond', 'refund'] as const satisfies readonly ClockKind[];

/** Clocks the agent sets or that follow a resolution: listed as tasks, completed by hand. */
export const taskClockKinds = ['evidence', 'promised_update', 'follow_up'] as const satisfies readonly ClockKind[];
export type TaskClockKind = (typeof taskClockKinds)[number];

/**
 * Why a clock was armed: the export's 商家处理截止时间, the policy default (no deadline in the export, or a manual
 * case), the case going back to the merchant, the returned goods received, the case resolved (follow-up), or
 * entered by an agent. `migrated`: the live deadline a case had when clocks were introduced.
 */
export const clockArmReasons = [
  'export_deadline',
  'policy_default',
  'back_to_merchant',
  'goods_received',
  'resolved',
  'entered',
  'migrated',
] as const;
export type ClockArmReason = (typeof clockArmReasons)[number];

/** met: done (on time or late, compare with the due time); rearmed: replaced by a newer clock of its kind; not_applicable: the case moved on. */
export const clockStopReasons = ['met', 'rearmed', 'not_applicable'] as const;
export type ClockStopReason = (typeof clockStopReasons)[number];

/** How a follow-up ended: the buyer answered (with a 1–5 satisfaction), or did not answer. */
export const followUpOutcomes = ['answered', 'no_answer'] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

const hourMs = 3_600_000;

/** The law's outer bound for a refund after the returned goods arrive (CPL Art. 25; 7 days). */
export const legalRefundHours = 168;

/** Refund due: the policy's hours after the goods arrived, never later than the legal 7 days. */
export const refundDueAt = (receivedAt: number, refundHours: number): number =>
  receivedAt + Math.min(refundHours, legalRefundHours) * hourMs;

/** Respond due when the export gives no deadline: the policy's hours from `from` (the request, or the moment it came back). */
export const respondDueAt = (from: number, responseHours: number): number => from + responseHours * hourMs;

/** Follow-up due: the policy's days after the case resolved. */
export const followUpDueAt = (resolvedAt: number, days: number): number => resolvedAt + days * 24 * hourMs;

/** Time from the buyer's request to the merchant's first action or outgoing message; null until there is one. */
export const firstResponseMs = (requestedAt: number, respondedAt: number | null): number | null =>
  respondedAt === null ? null : Math.max(0, respondedAt - requestedAt);
