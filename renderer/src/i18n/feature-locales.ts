import { casesLocale } from '../features/cases/cases.locale';
import { importLocale } from '../features/import/import.locale';
import { exportLocale } from '../features/export/export.locale';
import { ordersLocale } from '../features/orders/orders.locale';
import { qualityLocale } from '../features/quality/quality.locale';
import { scanLocale } from '../features/scan/scan.locale';
import { settingsLocale } from '../features/settings/settings.locale';
import { authLocale } from '../auth/auth.locale';
import { taxonomyLocale } from '../features/taxonomy/taxonomy.locale';
import { errorsLocale } from '../ui/errors.locale';
import type { LocaleBundle } from './types';

/** One namespace per feature, so each feature owns its strings. */
export const featureLocales: Record<string, LocaleBundle> = {
  auth: authLocale,
  scan: scanLocale,
  cases: casesLocale,
  orders: ordersLocale,
  quality: qualityLocale,
  import: importLocale,
  export: exportLocale,
  settings: settingsLocale,
  taxonomy: taxonomyLocale,
  errors: errorsLocale,
};
