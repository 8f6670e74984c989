import type { Migration } from './migration';

/**
 * The service desk (issue 15, items 3 and 9).
 * - `desk_alerts_sent`: one row per desktop alert raised, keyed by case, threshold (hours before) and the deadline
 *   it was counted from, so a reload or a second window never repeats an alert while a re-armed deadline (a new
 *   `merchant_deadline_at`) can alert again.
 * - Indexes for the queue and the app-wide counter. Both read only cases waiting on the merchant (or on others)
 *   that are not voided; `cases_waiting_deadline` (0011) already serves the team's queue and its counts. "Mine" adds
 *   the assignee in front, so a person's queue and count are one index range, not a scan of ~130k cases.
 */
export const deskQueue: Migration = {
  version: 15,
  name: 'desk_queue',
  sql: /* sql */ `
CREATE TABLE desk_alerts_sent (
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  hours_before INTEGER NOT NULL CHECK (hours_before > 0),
  deadline_at INTEGER NOT NULL,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (case_id, hours_before, deadline_at)
) WITHOUT ROWID;
CREATE INDEX cases_assignee_waiting_deadline ON after_sales_cases(assignee_id, waiting_on, merchant_deadline_at) WHERE voided_at IS NULL;
`,
};
