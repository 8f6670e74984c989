import type { Migration } from './migration';

/**
 * The scan station: at most one open draft inspection per case (autosave reopens it after a restart, and two
 * windows cannot fork it), and the unmatched-parcel list reads open parcels newest first.
 */
export const scanStation: Migration = {
  version: 3,
  name: 'scan_station',
  sql: /* sql */ `
CREATE UNIQUE INDEX inspections_one_draft_per_case ON inspections(case_id) WHERE state = 'draft' AND kind = 'return';
CREATE INDEX unmatched_parcels_open ON unmatched_parcels(received_at) WHERE linked_case_id IS NULL;
CREATE INDEX attachments_sha ON attachments(sha256);
`,
};
