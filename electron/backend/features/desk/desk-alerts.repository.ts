import { crossedThreshold } from '../../../../shared/domain/desk';
import type { Sqlite } from '../../db/connection';
import { run, sql$ } from '../../db/query';
import { rawQuery } from '../../db/raw-sql';

export interface DeskAlert {
  caseId: string;
  caseNumber: string;
  hoursBefore: number;
  deadlineAt: number;
}

const hour = 3_600_000;

/**
 * Alerts due now, each recorded as sent in the same transaction: the key (case, threshold, deadline) means a second
 * window, a reload or the next poll gets nothing new, while a re-armed deadline is a new key and alerts again. Only
 * cases waiting on the merchant whose deadline is still ahead (an overdue one is on the counter already).
 */
export const takeDeskAlerts = (db: Sqlite, hoursBefore: readonly number[], now: number): DeskAlert[] => {
  if (hoursBefore.length === 0) return [];
  const horizon = now + Math.max(...hoursBefore) * hour;
  const candidates = rawQuery<{ id: string; caseNumber: string; deadlineAt: number }>(
    db,
    `SELECT c.id, c.case_number AS caseNumber, c.merchant_deadline_at AS deadlineAt FROM after_sales_cases c
      WHERE c.voided_at IS NULL AND c.waiting_on = 'merchant' AND c.merchant_deadline_at > @now AND c.merchant_deadline_at <= @horizon
      ORDER BY c.merchant_deadline_at, c.id`,
  ).all({ now, horizon });
  return candidates.flatMap((c) => {
    const threshold = crossedThreshold(c.deadlineAt, now, hoursBefore);
    if (threshold === null) return [];
    const inserted = run(
      db,
      sql$
        .insertInto('desk_alerts_sent')
        .values({ case_id: c.id, hours_before: threshold, deadline_at: c.deadlineAt, sent_at: now })
        .onConflict((oc) => oc.doNothing()),
    );
    return inserted === 0 ? [] : [{ caseId: c.id, caseNumber: c.caseNumber, hoursBefore: threshold, deadlineAt: c.deadlineAt }];
  });
};
