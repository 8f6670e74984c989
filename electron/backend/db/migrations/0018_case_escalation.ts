import type { Migration } from './migration';

/**
 * Escalation with a clear path (issue 16, item 3; shared/domain/escalation.ts).
 * - `case_escalation_steps`: every move, never deleted: to the owner (reason), handed back (decision note), to the
 *   platform, evidence sent, the platform's decision. `happened_at` is when it happened (entered for the platform's
 *   events), `recorded_at` when it was typed in.
 * - `case_escalation_levels`: where each escalated case stands now (one row per case ever escalated), so the
 *   owner's queue is one index range.
 * - `case_interventions`: one per platform intervention (at most one open per case): opened, the evidence
 *   deadline with the case clock it armed, and the decision with its amount.
 * - `case_evidence_submissions` / `case_evidence_items`: what was sent when: free lines, the case's photos and
 *   messages by reference.
 */
export const caseEscalation: Migration = {
  version: 18,
  name: 'case_escalation',
  sql: /* sql */ `
CREATE TABLE case_interventions (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  opened_at INTEGER NOT NULL,
  opened_by TEXT REFERENCES users(id),
  evidence_due_at INTEGER,
  evidence_clock_id TEXT REFERENCES case_clocks(id),
  note TEXT,
  decision TEXT CHECK (decision IS NULL OR decision IN ('merchant', 'buyer', 'split')),
  decision_amount_fen INTEGER CHECK (decision_amount_fen IS NULL OR decision_amount_fen >= 0),
  decided_at INTEGER,
  decided_by TEXT REFERENCES users(id),
  decision_note TEXT,
  CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE UNIQUE INDEX case_interventions_open ON case_interventions(case_id) WHERE decided_at IS NULL;
CREATE INDEX case_interventions_case ON case_interventions(case_id, opened_at);

CREATE TABLE case_escalation_steps (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  action TEXT NOT NULL CHECK (action IN ('to_owner', 'hand_back', 'to_platform', 'evidence', 'decide')),
  level_after TEXT NOT NULL CHECK (level_after IN ('agent', 'owner', 'platform', 'decided')),
  reason TEXT CHECK (reason IS NULL OR reason IN ('buyer_demands_platform', 'amount_over_limit', 'no_agreement', 'suspected_abuse', 'policy_exception', 'other')),
  note TEXT,
  intervention_id TEXT REFERENCES case_interventions(id),
  happened_at INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL,
  recorded_by TEXT REFERENCES users(id)
);
CREATE INDEX case_escalation_steps_case ON case_escalation_steps(case_id, recorded_at);

CREATE TABLE case_escalation_levels (
  case_id TEXT PRIMARY KEY REFERENCES after_sales_cases(id),
  level TEXT NOT NULL CHECK (level IN ('agent', 'owner', 'platform', 'decided')),
  since_at INTEGER NOT NULL,
  step_id TEXT NOT NULL REFERENCES case_escalation_steps(id)
) WITHOUT ROWID;
CREATE INDEX case_escalation_levels_level ON case_escalation_levels(level, since_at);

CREATE TABLE case_evidence_submissions (
  id TEXT PRIMARY KEY,
  intervention_id TEXT NOT NULL REFERENCES case_interventions(id),
  submitted_at INTEGER NOT NULL,
  note TEXT,
  recorded_at INTEGER NOT NULL,
  recorded_by TEXT REFERENCES users(id)
);
CREATE INDEX case_evidence_submissions_intervention ON case_evidence_submissions(intervention_id, submitted_at);

CREATE TABLE case_evidence_items (
  submission_id TEXT NOT NULL REFERENCES case_evidence_submissions(id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('text', 'attachment', 'message')),
  text TEXT,
  attachment_id TEXT REFERENCES attachments(id),
  communication_id TEXT REFERENCES communications(id),
  CHECK ((kind = 'text') = (text IS NOT NULL)),
  CHECK ((kind = 'attachment') = (attachment_id IS NOT NULL)),
  CHECK ((kind = 'message') = (communication_id IS NOT NULL)),
  PRIMARY KEY (submission_id, position)
) WITHOUT ROWID;
`,
};
