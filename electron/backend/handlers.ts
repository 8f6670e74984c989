import { mergeFeatures } from '../../shared/contract/merge';
import type { Handlers } from './core/context';
import { aqlHandlers } from './features/aql/aql.handlers';
import { analyticsHandlers } from './features/analytics/analytics.handlers';
import { attachmentsHandlers } from './features/attachments/attachments.handlers';
import { auditHandlers } from './features/audit/audit.handlers';
import { authHandlers } from './features/auth/auth.handlers';
import { backupsHandlers } from './features/backups/backups.handlers';
import { casesHandlers } from './features/cases/cases.handlers';
import { causesHandlers } from './features/causes/causes.handlers';
import { catalogHandlers } from './features/catalog/catalog.handlers';
import { clocksHandlers } from './features/clocks/clocks.handlers';
import { communicationsHandlers } from './features/communications/communications.handlers';
import { deskHandlers } from './features/desk/desk.handlers';
import { templatesHandlers } from './features/templates/templates.handlers';
import { escalationHandlers } from './features/escalation/escalation.handlers';
import { evidenceHandlers } from './features/evidence/evidence.handlers';
import { exportHandlers } from './features/export/export.handlers';
import { importsHandlers } from './features/imports/imports.handlers';
import { inspectionsHandlers } from './features/inspections/inspections.handlers';
import { lawHandlers } from './features/law/law.handlers';
import { lotsHandlers } from './features/lots/lots.handlers';
import { ordersHandlers } from './features/orders/orders.handlers';
import { parcelsHandlers } from './features/parcels/parcels.handlers';
import { receivingHandlers } from './features/receiving/receiving.handlers';
import { remediesHandlers } from './features/remedies/remedies.handlers';
import { scanHandlers } from './features/scan/scan.handlers';
import { scorecardHandlers } from './features/scorecard/scorecard.handlers';
import { settingsHandlers } from './features/settings/settings.handlers';
import { suppliersHandlers } from './features/suppliers/suppliers.handlers';
import { taxonomyHandlers } from './features/taxonomy/taxonomy.handlers';
import { uploadsHandlers } from './features/uploads/uploads.handlers';
import { usersHandlers } from './features/users/users.handlers';

/** Every feature's handlers, one entry per feature. `satisfies Handlers` makes a declared method without a handler a type error; `mergeFeatures` throws on a method registered twice or under another feature's name. */
export const handlers = mergeFeatures('handlers', {
  auth: authHandlers,
  users: usersHandlers,
  analytics: analyticsHandlers,
  settings: settingsHandlers,
  catalog: catalogHandlers,
  cases: casesHandlers,
  desk: deskHandlers,
  clocks: clocksHandlers,
  orders: ordersHandlers,
  communications: communicationsHandlers,
  remedies: remediesHandlers,
  templates: templatesHandlers,
  audit: auditHandlers,
  scan: scanHandlers,
  parcels: parcelsHandlers,
  receiving: receivingHandlers,
  inspections: inspectionsHandlers,
  attachments: attachmentsHandlers,
  taxonomy: taxonomyHandlers,
  backups: backupsHandlers,
  uploads: uploadsHandlers,
  imports: importsHandlers,
  export: exportHandlers,
  law: lawHandlers,
  escalation: escalationHandlers,
  evidence: evidenceHandlers,
  scorecard: scorecardHandlers,
  causes: causesHandlers,
  suppliers: suppliersHandlers,
  lots: lotsHandlers,
  aql: aqlHandlers,
}) satisfies Handlers;
