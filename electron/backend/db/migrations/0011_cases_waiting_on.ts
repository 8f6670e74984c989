import type { Migration } from './migration';

/**
 * Who must act next on a case (issue 15, item 1; DOMAIN.md "Service desk"). A generated column, so every writer
 * (import, seed, station, manual edits) gets it right without knowing about it, and an index on it for the
 * queue's counts. The table below is frozen here; shared/domain/aftersales.ts `waitingOnByStatus` is the live
 * copy and test/integration/waiting-on.test.ts keeps the two equal. `other` (a status text we do not know) is
 * `review`: nobody can say who waits, so it gets a queue of its own instead of a guess.
 */
export const casesWaitingOn: Migration = {
  version: 11,
  name: 'cases_waiting_on',
  sql: /* sql */ `
ALTER TABLE after_sales_cases ADD COLUMN waiting_on TEXT GENERATED ALWAYS AS (
  CASE status
    WHEN 'pending_merchant' THEN 'merchant'
    WHEN 'received' THEN 'merchant'
    WHEN 'inspected' THEN 'merchant'
    WHEN 'awaiting_return' THEN 'buyer'
    WHEN 'awaiting_buyer' THEN 'buyer'
    WHEN 'refunding' THEN 'platform'
    WHEN 'platform_review' THEN 'platform'
    WHEN 'succeeded' THEN 'nobody'
    WHEN 'closed' THEN 'nobody'
    ELSE 'review'
  END
) VIRTUAL;
CREATE INDEX cases_waiting_deadline ON after_sales_cases(waiting_on, merchant_deadline_at) WHERE voided_at IS NULL;
`,
};
