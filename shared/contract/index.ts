import type { z } from 'zod';
import { auditContract } from './audit.contract';
import { analyticsContract } from './analytics.contract';
import { authContract } from './auth.contract';
import { casesContract } from './cases.contract';
import { catalogContract } from './catalog.contract';
import { communicationsContract } from './communications.contract';
import { settingsContract } from './settings.contract';
import type { MethodSpec } from './define';
import { uploadsContract } from './uploads.contract';
import { importContract } from './import.contract';
import { exportContract } from './export.contract';
import { scanContract } from './scan.contract';
import { parcelsContract } from './parcels.contract';
import { receivingContract } from './receiving.contract';
import { inspectionsContract } from './inspections.contract';
import { attachmentsContract } from './attachments.contract';
import { taxonomyContract } from './taxonomy.contract';
import { backupsContract } from './backups.contract';
import { ordersContract } from './orders.contract';

/**
 * Every backend method, declared once. The preload, the browser client, the main-process relay, the
 * dispatcher's validation and role checks, and `GET /api` are all built from this object.
 */
export const contract = {
  ...authContract,
  ...analyticsContract,
  ...settingsContract,
  ...catalogContract,
  ...casesContract,
  ...communicationsContract,
  ...auditContract,
  ...scanContract,
  ...parcelsContract,
  ...receivingContract,
  ...inspectionsContract,
  ...attachmentsContract,
  ...taxonomyContract,
  ...backupsContract,
  ...uploadsContract,
  ...importContract,
  ...exportContract,
  ...ordersContract,
} as const satisfies Record<string, MethodSpec>;

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
