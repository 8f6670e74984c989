import type { Migration } from './migration';

/**
 * Evidence packs (issue 16, item 4): each PDF made for a case, kept as a file under <data>/evidence/ and recorded
 * here with its SHA-256 so a pack handed to the platform can later be shown to be the one the app made. Rows are
 * never changed: a newer pack is a new row.
 */
export const evidencePacks: Migration = {
  version: 19,
  name: 'evidence_packs',
  sql: /* sql */ `
CREATE TABLE evidence_packs (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  file TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  language TEXT NOT NULL CHECK (language IN ('zh-CN','en-US')),
  photos_full INTEGER NOT NULL CHECK (photos_full >= 0),
  photos_reduced INTEGER NOT NULL CHECK (photos_reduced >= 0),
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX evidence_packs_case ON evidence_packs(case_id, created_at);
`,
};
