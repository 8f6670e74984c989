import { dueSoonHours } from '../../../../shared/contract/cases.contract';
import { finishedCaseStatuses, type CaseStatus, type WaitingOn } from '../../../../shared/domain/aftersales';

export type DeadlineKind =
  'overdue' | 'soon' | 'ok' | 'none' | 'finished' | 'voided' | 'waiting_buyer' | 'waiting_platform' | 'needs_review';

export interface DeadlineState {
  kind: DeadlineKind;
  /** Milliseconds until the deadline (negative when overdue); null without a deadline. */
  msLeft: number | null;
}

interface DeadlineInput {
  status: CaseStatus;
  waitingOn: WaitingOn;
  deadlineAt: number | null;
  respondedAt: number | null;
  voided: boolean;
}

/**
 * The same rules as the backend's queues: only an open case waiting on the merchant with a deadline can be late, and
 * a first reply to the buyer does not stop the platform's clock (only the case leaving the merchant does). A case
 * waiting on the buyer or the platform says so instead of counting down a clock nobody here can beat.
 */
export const deadlineState = (c: DeadlineInput, now: number): DeadlineState => {
  const msLeft = c.deadlineAt === null ? null : c.deadlineAt - now;
  if (c.voided) return { kind: 'voided', msLeft };
  if (finishedCaseStatuses.includes(c.status)) return { kind: 'finished', msLeft };
  if (c.waitingOn === 'buyer') return { kind: 'waiting_buyer', msLeft };
  if (c.waitingOn === 'platform') return { kind: 'waiting_platform', msLeft };
  if (c.waitingOn === 'review') return { kind: 'needs_review', msLeft };
  if (msLeft === null) return { kind: 'none', msLeft };
  if (msLeft < 0) return { kind: 'overdue', msLeft };
  return { kind: msLeft < dueSoonHours * 3_600_000 ? 'soon' : 'ok', msLeft };
};

/** Splits a duration into the two largest units people read at a glance: "1 d 4 h", "3 h 20 min". */
export const durationParts = (ms: number): { unit: 'd' | 'h' | 'm'; count: number }[] => {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0)
    return hours > 0
      ? [
          { unit: 'd', count: days },
          { unit: 'h', count: hours },
        ]
      : [{ unit: 'd', count: days }];
  if (hours > 0)
    return mins > 0
      ? [
          { unit: 'h', count: hours },
          { unit: 'm', count: mins },
        ]
      : [{ unit: 'h', count: hours }];
  return [{ unit: 'm', count: mins }];
};
