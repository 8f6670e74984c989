import { z } from 'zod';
import { actionStatuses, actionViews, causeGroups, causeLimits } from '../domain/causes';
import { defineMethod } from './define';
import { epochMs } from './time';

const id = z.string().min(1).max(64);
const name = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} has at most ${max} characters.`);
const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} has at most ${max} characters.`);

export const causeTypeSchema = z.object({
  id: z.string(),
  group: z.enum(causeGroups),
  nameZh: z.string(),
  nameEn: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  /** Cases whose current cause it is: a cause in use is renamed or switched off, never deleted. */
  usageCount: z.number().int(),
});
export type CauseType = z.infer<typeof causeTypeSchema>;

export const caseCauseSchema = z.object({
  id: z.string(),
  causeId: z.string(),
  group: z.enum(causeGroups),
  nameZh: z.string(),
  nameEn: z.string(),
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.number(),
  replacedBy: z.string().nullable(),
  replacedAt: z.number().nullable(),
});
export type CaseCause = z.infer<typeof caseCauseSchema>;

export const actionSchema = z.object({
  id: z.string(),
  what: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueAt: z.number(),
  status: z.enum(actionStatuses),
  /** Open and past its due time (at the time of the answer). */
  overdue: z.boolean(),
  outcome: z.string().nullable(),
  closedBy: z.string().nullable(),
  closedAt: z.number().nullable(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  causeId: z.string().nullable(),
  causeZh: z.string().nullable(),
  causeEn: z.string().nullable(),
  skuId: z.string().nullable(),
  skuCode: z.string().nullable(),
  supplierId: z.string().nullable(),
  supplierName: z.string().nullable(),
  lotId: z.string().nullable(),
  lotCode: z.string().nullable(),
  process: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.number(),
});
export type CorrectiveAction = z.infer<typeof actionSchema>;

/** What the case page shows: the current cause, the replaced ones, the case's actions, and what a new action links to. */
export const caseCausesSchema = z.object({
  current: caseCauseSchema.nullable(),
  history: z.array(caseCauseSchema),
  actions: z.array(actionSchema),
  /** The case's SKU, lot and supplier (lot's, else SKU's, else product's), to fill a new action's links. */
  links: z.object({ skuId: z.string().nullable(), supplierId: z.string().nullable(), lotId: z.string().nullable() }),
});
export type CaseCauses = z.infer<typeof caseCausesSchema>;

const caseRoles = ['owner', 'service'] as const;

export const causesContract = {
  'causes.list': defineMethod({
    summary: 'The root-cause list (bilingual, grouped); switched-off causes only when asked (pickers hide them).',
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(causeTypeSchema),
    roles: 'anyUser',
    access: 'read',
  }),
  'causes.create': defineMethod({
    summary: 'Add a root cause to the list with its Chinese and English names and its group.',
    input: z
      .object({ group: z.enum(causeGroups), nameZh: name('Chinese name', causeLimits.name), nameEn: name('English name', 60) })
      .strict(),
    output: causeTypeSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'causes.update': defineMethod({
    summary: 'Rename, regroup, reorder, switch off or back on a root cause. There is no delete: cases keep their cause.',
    input: z
      .object({
        id,
        group: z.enum(causeGroups).optional(),
        nameZh: name('Chinese name', causeLimits.name).optional(),
        nameEn: name('English name', 60).optional(),
        sortOrder: z.number().int().min(0).max(100_000).optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    output: causeTypeSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'causes.ofCase': defineMethod({
    summary: 'A case’s current root cause, the causes it replaced, and the corrective actions raised from the case.',
    input: z.object({ caseId: id }).strict(),
    output: caseCausesSchema,
    roles: caseRoles,
    access: 'read',
  }),
  'causes.record': defineMethod({
    summary: 'Record (or change) the root cause of a case, with a note. The previous cause stays in the history.',
    input: z
      .object({
        caseId: id,
        causeId: id,
        note: z.string().trim().max(causeLimits.note, `Note has at most ${causeLimits.note} characters.`).optional(),
      })
      .strict(),
    output: caseCausesSchema,
    roles: caseRoles,
    access: 'write',
  }),
  'causes.actions': defineMethod({
    summary: 'Corrective actions: open, overdue (open past due), done, dropped or all; by owner, supplier, SKU or case. Due first.',
    input: z
      .object({
        view: z.enum(actionViews).default('open'),
        ownerId: id.optional(),
        supplierId: id.optional(),
        skuId: id.optional(),
        caseId: id.optional(),
      })
      .strict(),
    output: z.object({
      actions: z.array(actionSchema),
      counts: z.object({ open: z.number().int(), overdue: z.number().int() }),
      /** People who can own an action (active users), for the owner filter and the form. */
      people: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    roles: caseRoles,
    access: 'read',
  }),
  'causes.createAction': defineMethod({
    summary: 'Raise a corrective action: what, who owns it, by when; linked to a case and its cause, a SKU, supplier, lot or process.',
    input: z
      .object({
        what: text('What will be done', causeLimits.what),
        ownerId: id,
        dueAt: epochMs,
        caseId: id.optional(),
        causeId: id.optional(),
        skuId: id.optional(),
        supplierId: id.optional(),
        lotId: id.optional(),
        process: text('Process', causeLimits.process).optional(),
      })
      .strict(),
    output: actionSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'causes.completeAction': defineMethod({
    summary: 'Mark an open action done, saying what was done. Its owner or a shop owner may.',
    input: z.object({ id, outcome: text('What was done', causeLimits.outcome) }).strict(),
    output: actionSchema,
    roles: caseRoles,
    access: 'write',
  }),
  'causes.dropAction': defineMethod({
    summary: 'Drop an open action, saying why. It stays listed under "dropped".',
    input: z.object({ id, reason: text('Reason', causeLimits.outcome) }).strict(),
    output: actionSchema,
    roles: ['owner'],
    access: 'write',
  }),
} as const;
