import type { Migration } from './migration';

/**
 * AQL inspection of incoming lots (issue 17, items 3 and 4; shared/domain/aql).
 * - `aql_settings`: the owner's AQLs and inspection level for one supplier (product_id '') or one supplier's
 *   product; the Policy's `aql` object holds the defaults.
 * - `aql_lot_inspections`: the AQL side of an `inspections` row of kind 'lot': the plan per class frozen when the
 *   inspection started (a later settings change does not move the goalposts), the units inspected, the verdict and
 *   what happens to a rejected (held) lot.
 * - `inspection_defects.unit_no`: which sampled unit a defect was found on (a unit with two major defects is one
 *   nonconforming unit for the major class).
 * - `aql_scheme_actions`: the owner's switching decisions (approve reduced, end reduced, resume after a stop);
 *   the lots' results and these actions, replayed in time order, give each supplier/product's inspection severity.
 */
export const aql: Migration = {
  version: 22,
  name: 'aql',
  sql: /* sql */ `
CREATE TABLE aql_settings (
  supplier_id TEXT NOT NULL REFERENCES suppliers(id),
  product_id TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL CHECK (level IN ('S-1','S-2','S-3','S-4','I','II','III')),
  aql_critical REAL NOT NULL CHECK (aql_critical >= 0),
  aql_major REAL NOT NULL CHECK (aql_major >= 0),
  aql_minor REAL NOT NULL CHECK (aql_minor >= 0),
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (supplier_id, product_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE aql_lot_inspections (
  inspection_id TEXT PRIMARY KEY REFERENCES inspections(id),
  lot_id TEXT NOT NULL REFERENCES lots(id),
  supplier_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  lot_size INTEGER NOT NULL CHECK (lot_size >= 2),
  level TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('normal','tightened','reduced')),
  code_letter TEXT NOT NULL,
  plans_json TEXT NOT NULL,
  units_inspected INTEGER NOT NULL DEFAULT 0 CHECK (units_inspected >= 0),
  verdict TEXT NOT NULL DEFAULT 'open' CHECK (verdict IN ('open','accept','reject')),
  score_points INTEGER,
  disposition TEXT CHECK (disposition IN ('return_to_supplier','sort_100','concession')),
  disposition_reason TEXT,
  disposition_by TEXT,
  disposition_at INTEGER,
  started_at INTEGER NOT NULL,
  completed_at INTEGER
) STRICT;
CREATE INDEX aql_lot_inspections_scheme ON aql_lot_inspections(supplier_id, product_id, completed_at);
CREATE UNIQUE INDEX aql_lot_inspections_one_per_lot ON aql_lot_inspections(lot_id);

ALTER TABLE inspection_defects ADD COLUMN unit_no INTEGER;

CREATE TABLE aql_scheme_actions (
  id TEXT PRIMARY KEY,
  supplier_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('approveReduced','endReduced','resume')),
  reason TEXT NOT NULL,
  user_id TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX aql_scheme_actions_scheme ON aql_scheme_actions(supplier_id, product_id, at);
`,
};
