import { dayMs } from '../../../shared/domain/time';
import type { Sqlite } from '../db/connection';

/**
 * The demo desk's clocks (migration 0014): each seeded case waiting on the merchant's answer runs its respond clock
 * (its deadline, as an export would give it); cases resolved in the last `followUpDays` have their follow-up open,
 * and those resolved in the week before have it done (most buyers answered, a score from 3 to 5; every fourth did
 * not). Set-based and derived from the cases' own ids and times, so a seed stays deterministic.
 */
export const seedDeskClocks = (db: Sqlite, until: number, followUpDays = 3): void => {
  const p = { until, open: until - followUpDays * dayMs, done: until - (followUpDays + 7) * dayMs, followUpMs: followUpDays * dayMs };
  db.prepare(
    `INSERT INTO case_clocks (id, case_id, kind, due_at, armed_at, armed_reason)
     SELECT id || 'R', id, 'respond', merchant_deadline_at, requested_at, 'export_deadline' FROM after_sales_cases
     WHERE source = 'seed' AND status = 'pending_merchant' AND voided_at IS NULL AND merchant_deadline_at IS NOT NULL AND @until IS NOT NULL`,
  ).run({ until });
  db.prepare(
    `INSERT INTO case_clocks (id, case_id, kind, due_at, armed_at, armed_reason)
     SELECT id || 'F', id, 'follow_up', resolved_at + @followUpMs, resolved_at, 'resolved' FROM after_sales_cases
     WHERE source = 'seed' AND status IN ('succeeded', 'closed') AND voided_at IS NULL AND resolved_at >= @open AND resolved_at <= @until`,
  ).run(p);
  db.prepare(
    `INSERT INTO case_clocks (id, case_id, kind, due_at, armed_at, armed_reason, stopped_at, stopped_reason, follow_up_outcome, satisfaction)
     SELECT id || 'F', id, 'follow_up', resolved_at + @followUpMs, resolved_at, 'resolved', resolved_at + @followUpMs + 7200000, 'met',
       CASE WHEN unicode(substr(id, -1)) % 4 = 0 THEN 'no_answer' ELSE 'answered' END,
       CASE WHEN unicode(substr(id, -1)) % 4 = 0 THEN NULL ELSE 3 + unicode(substr(id, -2, 1)) % 3 END
     FROM after_sales_cases
     WHERE source = 'seed' AND status IN ('succeeded', 'closed') AND voided_at IS NULL AND resolved_at >= @done AND resolved_at < @open`,
  ).run(p);
};
