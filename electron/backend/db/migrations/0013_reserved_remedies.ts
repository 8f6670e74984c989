import type { Migration } from './migration';

/**
 * Placeholder on the desk-clocks branch only: the remedies lane of issue 15 owns migration 13 (versions must run
 * 1, 2, 3… in order, and clocks is 14). At merge this file is dropped for the remedies branch's real migration 13.
 */
export const reservedRemedies: Migration = {
  version: 13,
  name: 'reserved_remedies',
  sql: '',
};
