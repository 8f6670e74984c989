import type { Migration } from './migration';

/**
 * The claimed reason × finding matrix groups rl_case_agg by (finding key, reason), which its primary key
 * (finding key, month, …) does not order: every call sorted ~38k rows. This index is in that order and covers
 * the query (a WITHOUT ROWID table's index also carries the primary key, so the filter columns are there too).
 */
export const analyticsReasonIndex: Migration = {
  version: 8,
  name: 'analytics_reason_index',
  sql: /* sql */ `
CREATE INDEX rl_case_agg_reason ON rl_case_agg(finding_key, reason, type, units, cases);
`,
};
