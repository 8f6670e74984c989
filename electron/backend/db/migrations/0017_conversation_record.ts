import type { Migration } from './migration';

/**
 * The conversation record (issue 16, item 1). SQLite cannot widen a CHECK, so `communications` is rebuilt:
 * - direction adds the platform (from_platform, to_platform); inbound/outbound keep meaning from/to the buyer.
 * - channel adds sms and platform_message; email and other stay readable for old rows; an internal note was
 *   never on a channel, so old internal rows become channel 'note'.
 * - `at` is when it happened (editable by a correction), `created_at` when it was logged; `speaker` is the name
 *   the other side used (a buyer's nickname from a pasted chat); `parse_note` says a pasted line could not be placed.
 * - Never deleted: a correction is a new row whose `supersedes_id` points at the old one, with its reason; a void keeps the row with
 *   its reason. Attachments gain `communication_id` (a file on one message; null = on the case itself) and the
 *   file's original name (a PDF is saved under it).
 */
export const conversationRecord: Migration = {
  version: 17,
  name: 'conversation_record',
  sql: /* sql */ `
CREATE TABLE communications_v17 (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  at INTEGER NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('inbound','outbound','internal','from_platform','to_platform')),
  channel TEXT NOT NULL CHECK (channel IN ('platform_chat','phone','sms','platform_message','note','email','other')),
  author_id TEXT REFERENCES users(id),
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  template_id TEXT REFERENCES reply_templates(id),
  speaker TEXT CHECK (speaker IS NULL OR length(speaker) BETWEEN 1 AND 60),
  parse_note TEXT,
  supersedes_id TEXT REFERENCES communications_v17(id),
  correction_reason TEXT,
  voided_at INTEGER,
  voided_by TEXT REFERENCES users(id),
  void_reason TEXT,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL)),
  CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL))
) STRICT;
INSERT INTO communications_v17 (id, case_id, at, direction, channel, author_id, text, created_at, template_id)
  SELECT id, case_id, at, direction, CASE WHEN direction = 'internal' THEN 'note' ELSE channel END,
         author_id, text, created_at, template_id
  FROM communications;
DROP TABLE communications;
ALTER TABLE communications_v17 RENAME TO communications;
CREATE INDEX communications_case ON communications(case_id, at);
CREATE UNIQUE INDEX communications_supersedes ON communications(supersedes_id) WHERE supersedes_id IS NOT NULL;

ALTER TABLE attachments ADD COLUMN communication_id TEXT REFERENCES communications(id);
ALTER TABLE attachments ADD COLUMN file_name TEXT;
CREATE INDEX attachments_communication ON attachments(communication_id) WHERE communication_id IS NOT NULL;
`,
};
