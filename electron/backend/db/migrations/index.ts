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
import { conversationRecord } from './0017_conversation_record';
import { caseEscalation } from './0018_case_escalation';
import { evidencePacks } from './0019_evidence_packs';
import { rootCauses } from './0020_root_causes';
import { supplierLots } from './0021_supplier_lots';
import { aql } from './0022_aql';
import { scorecardLabels } from './0023_scorecard_labels';
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
  conversationRecord,
  caseEscalation,
  evidencePacks,
  rootCauses,
  supplierLots,
  aql,
  scorecardLabels,
];

export const latestVersion = migrations.length;
