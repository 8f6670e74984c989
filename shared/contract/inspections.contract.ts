import { z } from 'zod';
import { claimMatches, defectClasses, dispositions, faultParties, grades, inspectionStates, suggestedOutcomes } from '../domain/inspection';
import { outcomeBases } from '../domain/outcome';
import { defineMethod } from './define';
import { caseCardSchema } from './scan.contract';

const caseId = z.string().min(1).max(64);

export const defectInputSchema = z
  .object({
    defectTypeId: z.string().min(1).max(64),
    /** Defaults to the type's class; the inspector may raise or lower it for this item. */
    class: z.enum(defectClasses).optional(),
    quantity: z.number().int().min(1, 'A defect quantity is at least 1.').max(9999),
    note: z.string().trim().max(500, 'A defect note has at most 500 characters.').optional(),
  })
  .strict();

/** What the inspector fills in. In a draft everything may still be missing; `complete` requires the decision fields. */
export const inspectionFieldsSchema = z.object({
  grade: z.enum(grades).nullable().optional(),
  disposition: z.enum(dispositions).nullable().optional(),
  claimMatch: z.enum(claimMatches).nullable().optional(),
  fault: z.enum(faultParties).nullable().optional(),
  quantity: z.number().int().min(1).max(9999).optional(),
  missingParts: z.array(z.string().trim().min(1).max(60)).max(30, 'At most 30 missing parts.').optional(),
  notes: z.string().max(2000, 'Notes have at most 2000 characters.').optional(),
  defects: z.array(defectInputSchema).max(50, 'At most 50 defects per inspection.').optional(),
});

export const inspectionDefectSchema = z.object({
  id: z.string(),
  defectTypeId: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  class: z.enum(defectClasses),
  quantity: z.number().int(),
  note: z.string().nullable(),
});

export const inspectionSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  state: z.enum(inspectionStates),
  inspectorId: z.string(),
  inspectorName: z.string(),
  startedAt: z.number().int(),
  updatedAt: z.number().int(),
  completedAt: z.number().int().nullable(),
  grade: z.enum(grades).nullable(),
  disposition: z.enum(dispositions).nullable(),
  claimMatch: z.enum(claimMatches).nullable(),
  fault: z.enum(faultParties).nullable(),
  quantity: z.number().int(),
  missingParts: z.array(z.string()),
  notes: z.string().nullable(),
  voidReason: z.string().nullable(),
  defects: z.array(inspectionDefectSchema),
});
export type Inspection = z.infer<typeof inspectionSchema>;

export const suggestionSchema = z.object({
  outcome: z.enum(suggestedOutcomes),
  refundFen: z.number().int().nullable(),
  basis: z.enum(outcomeBases),
});

/** A draft left open at the station: enough to recognise the parcel and reopen it. */
export const inspectionInProgressSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  orderNumber: z.string(),
  productName: z.string().nullable(),
  skuCode: z.string().nullable(),
  inspectorName: z.string(),
  startedAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type InspectionInProgress = z.infer<typeof inspectionInProgressSchema>;

/** The station shows this many open drafts, most recently touched first. */
export const maxInspectionsInProgress = 50;

export const inspectionsContract = {
  'inspections.inProgress': defineMethod({
    summary: `Open drafts at the scan station (most recently saved first, at most ${maxInspectionsInProgress}), so work left open survives a reload or a restart.`,
    input: z.object({}).strict(),
    output: z.array(inspectionInProgressSchema),
    roles: ['owner', 'inspector', 'service'],
    access: 'read',
  }),
  'inspections.forCase': defineMethod({
    summary: 'A case’s claim with its open draft (reopened after a restart) and its past inspections.',
    input: z.object({ caseId }).strict(),
    output: z.object({ case: caseCardSchema, draft: inspectionSchema.nullable(), history: z.array(inspectionSchema) }),
    roles: ['owner', 'inspector', 'service'],
    access: 'read',
  }),
  'inspections.get': defineMethod({
    summary: 'One inspection with its defects.',
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: inspectionSchema,
    roles: ['owner', 'inspector', 'service'],
    access: 'read',
  }),
  'inspections.saveDraft': defineMethod({
    summary:
      'Autosave: create or update the case’s one open draft (fields given replace stored ones; defects replace the list). Durable once answered (synchronous=FULL).',
    input: inspectionFieldsSchema.extend({ caseId }).strict(),
    output: inspectionSchema,
    roles: ['owner', 'inspector'],
    access: 'write',
  }),
  'inspections.complete': defineMethod({
    summary:
      'Finish the case’s inspection: requires grade, disposition, claim match and fault; case → inspected; records the policy’s suggested outcome on the case.',
    input: inspectionFieldsSchema.extend({ caseId }).strict(),
    output: z.object({ inspection: inspectionSchema, case: caseCardSchema, suggestion: suggestionSchema }),
    roles: ['owner', 'inspector'],
    access: 'write',
  }),
  'inspections.void': defineMethod({
    summary: 'Void an inspection with a reason (owner only); a voided completed inspection sends the case back to received.',
    input: z
      .object({ id: z.string().min(1).max(64), reason: z.string().trim().min(2, 'Say why the inspection is voided.').max(500) })
      .strict(),
    output: inspectionSchema,
    roles: ['owner'],
    access: 'write',
  }),
} as const;
