import { init } from './0001_init';
import { analyticsRollups } from './0002_analytics_rollups';
import { scanStation } from './0003_scan_station';
import type { Migration } from './migration';

/** Listed statically: bundlers break folder scanning. Append only; versions are 1, 2, 3… in order. */
export const migrations: readonly Migration[] = [init, analyticsRollups, scanStation];

export const latestVersion = migrations.length;
