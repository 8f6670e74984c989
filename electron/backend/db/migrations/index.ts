import { init } from './0001_init';
import { analyticsRollups } from './0002_analytics_rollups';
import { scanStation } from './0003_scan_station';
import { importPresets } from './0004_import_presets';
import { analyticsCaseAgg } from './0005_analytics_case_agg';
import { scanOpenCases } from './0006_scan_open_cases';
import { analyticsChartCells } from './0007_analytics_chart_cells';
import { analyticsReasonIndex } from './0008_analytics_reason_index';
import { ordersNumberIndex } from './0009_orders_number_index';
import { loginAttempts } from './0010_login_attempts';
import { casesWaitingOn } from './0011_cases_waiting_on';
import { replyTemplates } from './0016_reply_templates';
import type { Migration } from './migration';

/** Listed statically: bundlers break folder scanning. Append only; versions are 1, 2, 3… in order. */
export const migrations: readonly Migration[] = [
  init,
  analyticsRollups,
  scanStation,
  importPresets,
  analyticsCaseAgg,
  scanOpenCases,
  analyticsChartCells,
  analyticsReasonIndex,
  ordersNumberIndex,
  loginAttempts,
  casesWaitingOn,
  // Placeholders for issue 15's migrations 12–15 (built beside this branch); the lead replaces them at merge.
  { version: 12, name: 'reserved_12', sql: '' },
  { version: 13, name: 'reserved_13', sql: '' },
  { version: 14, name: 'reserved_14', sql: '' },
  { version: 15, name: 'reserved_15', sql: '' },
  replyTemplates,
];

export const latestVersion = migrations.length;
