import { casesLocale } from '../features/cases/cases.locale';
import { communicationsLocale } from '../features/communications/communications.locale';
import { deskLocale } from '../features/desk/desk.locale';
import { clocksLocale } from '../features/clocks/clocks.locale';
import { importsLocale } from '../features/imports/imports.locale';
import { exportLocale } from '../features/export/export.locale';
import { analyticsLocale } from '../features/analytics/analytics.locale';
import { ordersLocale } from '../features/orders/orders.locale';
import { scanLocale } from '../features/scan/scan.locale';
import { settingsLocale } from '../features/settings/settings.locale';
import { authLocale } from '../auth/auth.locale';
import { taxonomyLocale } from '../features/taxonomy/taxonomy.locale';
import { templatesLocale } from '../features/templates/templates.locale';
import { errorsLocale } from '../ui/errors.locale';
import { auditLocale } from '../features/audit/audit.locale';
import { lawLocale } from '../features/law/law.locale';
import { remediesLocale } from '../features/remedies/remedies.locale';
import { escalationLocale } from '../features/escalation/escalation.locale';
import { evidenceLocale } from '../features/evidence/evidence.locale';
import { scorecardLocale } from '../features/scorecard/scorecard.locale';
import { causesLocale } from '../features/causes/causes.locale';
import { suppliersLocale } from '../features/suppliers/suppliers.locale';
import { lotsLocale } from '../features/lots/lots.locale';
import { aqlLocale } from '../features/aql/aql.locale';
import type { LocaleBundle } from './types';

/** One namespace per feature, so each feature owns its strings. */
export const featureLocales: Record<string, LocaleBundle> = {
  auth: authLocale,
  scan: scanLocale,
  cases: casesLocale,
  communications: communicationsLocale,
  desk: deskLocale,
  clocks: clocksLocale,
  analytics: analyticsLocale,
  imports: importsLocale,
  orders: ordersLocale,
  export: exportLocale,
  settings: settingsLocale,
  taxonomy: taxonomyLocale,
  templates: templatesLocale,
  errors: errorsLocale,
  audit: auditLocale,
  law: lawLocale,
  remedies: remediesLocale,
  escalation: escalationLocale,
  evidence: evidenceLocale,
  scorecard: scorecardLocale,
  causes: causesLocale,
  suppliers: suppliersLocale,
  lots: lotsLocale,
  aql: aqlLocale,
};
