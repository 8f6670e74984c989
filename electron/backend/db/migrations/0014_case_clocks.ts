import type { Migration } from './migration';

/**
 * Clocks per case, with their history (issue 15, items 2 and 7; shared/domain/clocks.ts). One row per clock ever
 * armed: what it is, when it falls due, who or which import armed it and why, and when and why it stopped. At most
 * one clock of a kind runs per case (a partial unique index), so re-arming is "stop the old one, arm a new one"
 * and the history shows both. A follow-up also keeps how it ended (the buyer's 1–5 satisfaction and comment, or
 * no answer). `after_sales_cases.merchant_deadline_at` stays the live merchant clock: the running respond or
 * refund clock's due time.
 *
 * The cases that wait on the merchant today get their running clock from the deadline they already carry, so the
 * history starts complete: a refund clock for goods received and not yet refunded, a respond clock otherwise.
 */
export const caseClocks: Migration = {
  version: 14,
  name: 'case_clocks',
  sql: /* sql */ `
CREATE TABLE case_clocks (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  kind TEXT NOT NULL CHECK (kind IN ('respond','refund','evidence','promised_update','follow_up')),
  due_at INTEGER NOT NULL,
  armed_at INTEGER NOT NULL,
  armed_by TEXT REFERENCES users(id),
  armed_import_id TEXT REFERENCES import_runs(id),
  armed_reason TEXT NOT NULL CHECK (armed_reason IN ('export_deadline','policy_default','back_to_merchant','goods_received','resolved','entered','migrated')),
  note TEXT,
  stopped_at INTEGER,
  stopped_by TEXT REFERENCES users(id),
  stopped_import_id TEXT REFERENCES import_runs(id),
  stopped_reason TEXT CHECK (stopped_reason IN ('met','rearmed','not_applicable')),
  follow_up_outcome TEXT CHECK (follow_up_outcome IN ('answered','no_answer')),
  satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
  comment TEXT,
  CHECK ((stopped_at IS NULL) = (stopped_reason IS NULL)),
  CHECK (satisfaction IS NULL OR follow_up_outcome = 'answered')
) STRICT;
CREATE INDEX case_clocks_case ON case_clocks(case_id, armed_at);
CREATE UNIQUE INDEX case_clocks_running ON case_clocks(case_id, kind) WHERE stopped_at IS NULL;
CREATE INDEX case_clocks_open_tasks ON case_clocks(due_at) WHERE stopped_at IS NULL AND kind IN ('evidence','promised_update','follow_up');

INSERT INTO case_clocks (id, case_id, kind, due_at, armed_at, armed_reason)
SELECT lower(hex(randomblob(13))), id,
  CASE WHEN received_at IS NOT NULL AND status IN ('received','inspected') THEN 'refund' ELSE 'respond' END,
  merchant_deadline_at, updated_at, 'migrated'
FROM after_sales_cases
WHERE waiting_on = 'merchant' AND voided_at IS NULL AND merchant_deadline_at IS NOT NULL;
`,
};
