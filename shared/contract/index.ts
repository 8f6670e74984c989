import type { z } from 'zod';
import type { MethodSpec } from './define';
import { mergeFeatures } from './merge';
import { aqlContract } from './aql.contract';
import { analyticsContract } from './analytics.contract';
import { attachmentsContract } from './attachments.contract';
import { auditContract } from './audit.contract';
import { authContract } from './auth.contract';
import { backupsContract } from './backups.contract';
import { casesContract } from './cases.contract';
import { causesContract } from './causes.contract';
import { catalogContract } from './catalog.contract';
import { clocksContract } from './clocks.contract';
import { communicationsContract } from './communications.contract';
import { deskContract } from './desk.contract';
import { escalationContract } from './escalation.contract';
import { evidenceContract } from './evidence.contract';
import { exportContract } from './export.contract';
import { importsContract } from './imports.contract';
import { inspectionsContract } from './inspections.contract';
import { lawContract } from './law.contract';
import { lotsContract } from './lots.contract';
import { ordersContract } from './orders.contract';
import { parcelsContract } from './parcels.contract';
import { receivingContract } from './receiving.contract';
import { remediesContract } from './remedies.contract';
import { scanContract } from './scan.contract';
import { scorecardContract } from './scorecard.contract';
import { settingsContract } from './settings.contract';
import { suppliersContract } from './suppliers.contract';
import { taxonomyContract } from './taxonomy.contract';
import { templatesContract } from './templates.contract';
import { uploadsContract } from './uploads.contract';
import { usersContract } from './users.contract';

/**
 * Every backend method, declared once. The preload, the browser client, the main-process relay, the
 * dispatcher's validation and role checks, and `GET /api` are all built from this object.
 */
export const contract = mergeFeatures('contract', {
  auth: authContract,
  users: usersContract,
  analytics: analyticsContract,
  settings: settingsContract,
  catalog: catalogContract,
  cases: casesContract,
  desk: deskContract,
  clocks: clocksContract,
  orders: ordersContract,
  communications: communicationsContract,
  remedies: remediesContract,
  templates: templatesContract,
  audit: auditContract,
  scan: scanContract,
  parcels: parcelsContract,
  receiving: receivingContract,
  inspections: inspectionsContract,
  attachments: attachmentsContract,
  taxonomy: taxonomyContract,
  backups: backupsContract,
  uploads: uploadsContract,
  imports: importsContract,
  export: exportContract,
  law: lawContract,
  escalation: escalationContract,
  evidence: evidenceContract,
  scorecard: scorecardContract,
  causes: causesContract,
  suppliers: suppliersContract,
  lots: lotsContract,
  aql: aqlContract,
}) satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults and coercion). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** The typed client both transports implement: `api['cases.list'](input)`. */
export type Api = { [M in MethodName]: (input: Input<M>) => Promise<import('./errors').Result<Output<M>>> };
