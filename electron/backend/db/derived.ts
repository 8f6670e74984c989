import { rebuildAnalyticsRollups } from '../features/analytics/rollups';
import { rebuildScanOpenCases } from '../features/scan/open-cases';
import type { Sqlite } from './connection';

/**
 * Bulk writers (the seed generator, the import commit) load facts with set-based SQL and then call this,
 * inside their own transaction, so that derived tables (the dashboard's rollups) match the facts again.
 * Every feature that keeps derived data adds its rebuild here.
 */
export const refreshDerivedData = (db: Sqlite): void => {
  rebuildAnalyticsRollups(db);
  rebuildScanOpenCases(db);
};
