import type { Migration } from './migration';

/**
 * Remedies offered on a case, the buyer's answers, the compensation ledger and the recorded remedy advice
 * (issue 15, items 5 and 6). Nothing here is ever deleted: a wrong offer or ledger entry is voided with a reason
 * (triggers refuse DELETE). One agreed remedy per case at most (partial unique index). Enum lists are frozen
 * copies of shared/domain/remedies.ts and remedy-cost.ts.
 */
export const caseRemedies: Migration = {
  version: 13,
  name: 'case_remedies',
  sql: /* sql */ `
CREATE TABLE case_remedies (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  kind TEXT NOT NULL CHECK (kind IN ('full_refund', 'partial_refund', 'return_refund', 'exchange', 'resend', 'repair', 'coupon', 'small_payment')),
  amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
  coupon_threshold_fen INTEGER CHECK (coupon_threshold_fen IS NULL OR coupon_threshold_fen >= 0),
  coupon_expires_at INTEGER,
  note TEXT,
  offered_by TEXT REFERENCES users(id),
  offered_at INTEGER NOT NULL,
  answer TEXT CHECK (answer IS NULL OR answer IN ('accepted', 'declined', 'counter_offer')),
  answer_text TEXT,
  answered_by TEXT REFERENCES users(id),
  answered_at INTEGER,
  agreed_by TEXT REFERENCES users(id),
  agreed_at INTEGER,
  voided_by TEXT REFERENCES users(id),
  voided_at INTEGER,
  void_reason TEXT,
  created_at INTEGER NOT NULL,
  CHECK (kind <> 'coupon' OR amount_fen > 0),
  CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);
CREATE INDEX case_remedies_case ON case_remedies(case_id, offered_at);
CREATE UNIQUE INDEX case_remedies_one_agreed ON case_remedies(case_id) WHERE agreed_at IS NOT NULL AND voided_at IS NULL;

CREATE TABLE case_compensation (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  remedy_id TEXT REFERENCES case_remedies(id),
  kind TEXT NOT NULL CHECK (kind IN ('refund', 'partial_refund', 'coupon', 'small_payment', 'resend_goods', 'return_freight', 'resend_freight', 'other')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  paid_at INTEGER NOT NULL,
  note TEXT,
  recorded_by TEXT REFERENCES users(id),
  voided_by TEXT REFERENCES users(id),
  voided_at INTEGER,
  void_reason TEXT,
  created_at INTEGER NOT NULL,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);
CREATE INDEX case_compensation_case ON case_compensation(case_id);
-- The dashboard's goodwill segment joins live entries of these kinds to the counted cases.
CREATE INDEX case_compensation_goodwill ON case_compensation(kind, case_id, amount_fen)
  WHERE voided_at IS NULL AND kind IN ('coupon', 'small_payment', 'partial_refund');

CREATE TABLE case_remedy_advice (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  recommended_route TEXT CHECK (recommended_route IS NULL OR recommended_route IN ('refund_only', 'return_refund', 'partial_refund', 'resend')),
  chosen_route TEXT NOT NULL CHECK (chosen_route IN ('refund_only', 'return_refund', 'partial_refund', 'resend')),
  override_reason TEXT,
  -- The comparison exactly as the agent saw it (JSON), so a later change of rates does not rewrite history.
  costs TEXT NOT NULL,
  decided_by TEXT REFERENCES users(id),
  decided_at INTEGER NOT NULL,
  CHECK (chosen_route = recommended_route OR override_reason IS NOT NULL)
);
CREATE INDEX case_remedy_advice_case ON case_remedy_advice(case_id, decided_at);

CREATE TRIGGER case_remedies_no_delete BEFORE DELETE ON case_remedies BEGIN SELECT RAISE(ABORT, 'remedies are voided, never deleted'); END;
CREATE TRIGGER case_compensation_no_delete BEFORE DELETE ON case_compensation BEGIN SELECT RAISE(ABORT, 'ledger entries are voided, never deleted'); END;
CREATE TRIGGER case_remedy_advice_no_delete BEFORE DELETE ON case_remedy_advice BEGIN SELECT RAISE(ABORT, 'advice decisions are never deleted'); END;
`,
};
