/**
 * Every benchmark scenario, in the order the harness runs them. To add one: write test/bench/scenarios/<name>.ts
 * exporting a BenchScenario (see ../scenario.ts) and append it here (one import + one entry).
 */
import type { BenchScenario } from '../scenario';
import { inspectionSaveScenario } from './inspection-save';
import { lookupCaseNumberScenario, lookupOrderNumberScenario, lookupTrackingNumberScenario } from './lookups';
import { seedScenario } from './seed';
import { scanLookupScenario } from './scan-lookup';
import { scanToScreenScenario } from './scan-to-screen';
import { importOrdersCsvScenario } from './import-orders-csv';
import { dashboardScenario } from './dashboard';
import { firstScreenScenario } from './first-screen';
import { caseQueueScenario } from './case-queue';
import { scorecardScenario } from './scorecard';
import { serviceAnalyticsScenario } from './service-analytics';

export const scenarios: readonly BenchScenario[] = [
  seedScenario,
  lookupOrderNumberScenario,
  lookupTrackingNumberScenario,
  lookupCaseNumberScenario,
  inspectionSaveScenario,
  importOrdersCsvScenario,
  scanLookupScenario,
  scanToScreenScenario,
  dashboardScenario,
  firstScreenScenario,
  caseQueueScenario,
  scorecardScenario,
  serviceAnalyticsScenario,
];
