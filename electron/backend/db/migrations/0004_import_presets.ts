import type { Migration } from './migration';

/** Saved column mappings for export layouts no built-in preset knows (issue 4, item 1). */
export const importPresets: Migration = {
  version: 4,
  name: 'import_presets',
  sql: /* sql */ `
CREATE TABLE import_presets (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('orders','aftersales')),
  mapping TEXT NOT NULL,               -- JSON: our field → source header
  created_by TEXT REFERENCES users(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX import_runs_started ON import_runs(started_at);
`,
};
