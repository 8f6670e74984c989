import { init } from './0001_init';
import { analyticsRollups } from './0002_analytics_rollups';
import type { Migration } from './migration';

/** Listed statically: bundlers break folder scanning. Append only; versions are 1, 2, 3… in order. */
export const migrations: readonly Migration[] = [init, analyticsRollups];

export const latestVersion = migrations.length;
