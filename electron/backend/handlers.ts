import type { Handlers } from './core/context';
import { uploadsHandlers } from './features/uploads/uploads.handlers';
import { importsHandlers } from './features/import/imports.handlers';
import { exportsHandlers } from './features/exports/exports.handlers';
import { analyticsHandlers } from './features/analytics/analytics.handlers';
import { auditHandlers } from './features/audit/audit.handlers';
import { authHandlers } from './features/auth/auth.handlers';
import { casesHandlers } from './features/cases/cases.handlers';
import { catalogHandlers } from './features/catalog/catalog.handlers';
import { communicationsHandlers } from './features/communications/communications.handlers';
import { settingsHandlers } from './features/settings/settings.handlers';
import { scanHandlers } from './features/scan/scan.handlers';
import { parcelsHandlers } from './features/parcels/parcels.handlers';
import { receivingHandlers } from './features/receiving/receiving.handlers';
import { inspectionsHandlers } from './features/inspections/inspections.handlers';
import { attachmentsHandlers } from './features/attachments/attachments.handlers';
import { taxonomyHandlers } from './features/taxonomy/taxonomy.handlers';
import { backupsHandlers } from './features/backups/backups.handlers';
import { ordersHandlers } from './features/orders/orders.handlers';

/** Every feature's handlers. `satisfies Handlers` makes a declared method without a handler a type error. */
export const handlers = {
  ...authHandlers,
  ...analyticsHandlers,
  ...settingsHandlers,
  ...catalogHandlers,
  ...casesHandlers,
  ...communicationsHandlers,
  ...auditHandlers,
  ...uploadsHandlers,
  ...importsHandlers,
  ...exportsHandlers,
  ...scanHandlers,
  ...parcelsHandlers,
  ...receivingHandlers,
  ...inspectionsHandlers,
  ...attachmentsHandlers,
  ...taxonomyHandlers,
  ...backupsHandlers,
  ...ordersHandlers,
} satisfies Handlers;
