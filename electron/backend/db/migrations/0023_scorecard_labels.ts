import type { Migration } from './migration';

/**
 * The scorecard splits each lot's units sold into labelled (the inspector scanned the lot's label) and estimated
 * (first-in-first-out). Labelled lines are few; this partial index finds them without a pass over every order line.
 */
export const scorecardLabels: Migration = {
  version: 23,
  name: 'scorecard_labels',
  sql: /* sql */ `
CREATE INDEX order_lines_labelled ON order_lines(lot_id) WHERE lot_basis = 'label';
`,
};
