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
import { returnLaw } from './0012_return_law';
import { caseRemedies } from './0013_case_remedies';
import { caseClocks } from './0014_case_clocks';
import { deskQueue } from './0015_desk_queue';
import { replyTemplates } from './0016_reply_templates';
import { aql } from './0022_aql';
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
  returnLaw,
  caseRemedies,
  caseClocks,
  deskQueue,
  replyTemplates,
  { version: 17, name: 'placeholder_17', sql: '' }, // EMPTY placeholders for the parallel lanes' 0017–0021 (merge replaces them)
  { version: 18, name: 'placeholder_18', sql: '' },
  { version: 19, name: 'placeholder_19', sql: '' },
  { version: 20, name: 'placeholder_20', sql: '' },
  { version: 21, name: 'placeholder_21', sql: '' },
  aql,
];

export const latestVersion = migrations.length;
