import type { Migration } from './migration';

/**
 * Placeholder on the desk-clocks branch only: the law lane of issue 15 owns migration 12 (versions must run
 * 1, 2, 3… in order, and clocks is 14). At merge this file is dropped for the law branch's real migration 12.
 */
export const reservedLaw: Migration = {
  version: 12,
  name: 'reserved_law',
  sql: '',
};
