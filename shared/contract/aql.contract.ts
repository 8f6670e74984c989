import { z } from 'zod';
import { aqlChoices } from '../domain/aql/settings';
import { inspectionLevels, severities } from '../domain/aql/tables';
import { defectClasses } from '../domain/inspection';
import { defineMethod } from './define';

/**
 * Incoming-lot inspection by ISO 2859-1 sampling (issue 17, items 3 and 4). Inspectors and owners inspect; only
 * the owner concedes a rejected lot, sets AQLs and takes the switching decisions the standard leaves to the
 * "responsible authority" (approve reduced inspection, resume after a stop).
 */
const aqlValue = z.number().refine(
  // Exactly a table value: JSON's 2.5 or 0.065 parse to the same double as the table's literal. A tolerance let
  // 1e-285 pass as "0" and then fail the table lookup (the contract fuzz found it).
  (value) => aqlChoices.some((choice) => choice === value),
  'An AQL is 0 or a value of the ISO 2859-1 table (0.010 … 10).',
);

export const aqlSettingsSchema = z
  .object({ level: z.enum(inspectionLevels), critical: aqlValue, major: aqlValue, minor: aqlValue })
  .strict();

const id = z.string().min(1).max(64);
const reason = z.string().trim().min(1, 'A reason is required.').max(500, 'A reason has at most 500 characters.');
export const schemeModes = [...severities, 'discontinued'] as const;
export const switchReasons = [
  'two_of_five_rejected',
  'five_accepted_on_tightened',
  'five_rejected_on_tightened',
  'rejected_on_reduced',
  'owner_approved_reduced',
  'owner_ended_reduced',
  'owner_resumed',
] as const;
export const lotDispositions = ['return_to_supplier', 'sort_100', 'concession'] as const;
const verdict = z.enum(['open', 'accept', 'reject']);

export const aqlClassPlanSchema = z.object({
  class: z.enum(defectClasses),
  aql: z.number(),
  row: z.string(),
  sampleSize: z.number().int(),
  accept: z.number().int(),
  reject: z.number().int(),
  inspectAll: z.boolean(),
  followedArrow: z.boolean(),
  /** Nonconforming units of this class among the first `sampleSize` units. */
  defective: z.number().int(),
  verdict,
});
export type AqlClassPlan = z.infer<typeof aqlClassPlanSchema>;

export const aqlSchemeSchema = z.object({
  mode: z.enum(schemeModes),
  switchingScore: z.number().int(),
  rejectedOnTightened: z.number().int(),
  /** Results (true = accepted) since the current mode began, oldest first. */
  resultsSinceSwitch: z.array(z.boolean()),
  canApproveReduced: z.boolean(),
  switches: z.array(
    z.object({
      from: z.enum(schemeModes),
      to: z.enum(schemeModes),
      reason: z.enum(switchReasons),
      at: z.number(),
      lotCode: z.string().nullable(),
    }),
  ),
});
export type AqlScheme = z.infer<typeof aqlSchemeSchema>;

export const aqlLotViewSchema = z.object({
  lot: z.object({
    id: z.string(),
    lotCode: z.string(),
    quantity: z.number().int().nullable(),
    receivedAt: z.number().nullable(),
    skuCode: z.string(),
    productId: z.string(),
    productName: z.string(),
    supplierId: z.string(),
    supplierName: z.string(),
  }),
  settings: aqlSettingsSchema.extend({ source: z.enum(['default', 'supplier', 'product']) }),
  scheme: aqlSchemeSchema,
  inspection: z
    .object({
      id: z.string(),
      state: z.enum(['draft', 'completed']),
      severity: z.enum(severities),
      codeLetter: z.string(),
      lotSize: z.number().int(),
      level: z.enum(inspectionLevels),
      plans: z.array(aqlClassPlanSchema),
      /** The largest class sample: units to draw in all. */
      sampleSize: z.number().int(),
      unitsInspected: z.number().int(),
      units: z.array(
        z.object({
          unitNo: z.number().int(),
          defects: z.array(
            z.object({ id: z.string(), defectTypeId: z.string(), nameZh: z.string(), nameEn: z.string(), class: z.enum(defectClasses) }),
          ),
        }),
      ),
      verdict,
      disposition: z.enum(lotDispositions).nullable(),
      dispositionReason: z.string().nullable(),
      inspectorName: z.string(),
      completedAt: z.number().nullable(),
    })
    .nullable(),
  /** What the plan would be if inspected now (shown before starting). */
  preview: z
    .object({ severity: z.enum(severities), codeLetter: z.string(), plans: z.array(aqlClassPlanSchema), sampleSize: z.number().int() })
    .nullable(),
});
export type AqlLotView = z.infer<typeof aqlLotViewSchema>;

export const aqlOverrideSchema = aqlSettingsSchema.extend({
  supplierId: z.string(),
  supplierName: z.string(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
});

const inspectors = ['owner', 'inspector'] as const;

export const aqlContract = {
  'aql.lookup': defineMethod({
    summary:
      'Find a lot by its code (scanned or typed): supplier, product, the AQLs in force, the switching state, and its AQL inspection or the plan it would get.',
    input: z.object({ lotCode: z.string().trim().min(1, 'Scan or type a lot code.').max(64) }).strict(),
    output: aqlLotViewSchema,
    roles: inspectors,
    access: 'read',
  }),
  'aql.get': defineMethod({
    summary: 'One lot inspection with its plans, running counts per class, recorded units and verdict.',
    input: z.object({ inspectionId: id }).strict(),
    output: aqlLotViewSchema,
    roles: inspectors,
    access: 'read',
  }),
  'aql.start': defineMethod({
    summary:
      'Start (or reopen) the AQL inspection of a lot: freezes the code letter, severity and plan per class. Refused while the supplier/product is discontinued.',
    input: z.object({ lotId: id }).strict(),
    output: aqlLotViewSchema,
    roles: inspectors,
    access: 'write',
  }),
  'aql.recordUnit': defineMethod({
    summary: 'Record the next sampled unit with its defects (none = a good unit); counts and verdicts update at once.',
    input: z
      .object({
        inspectionId: id,
        unitNo: z.number().int().min(1).max(5000),
        defects: z.array(z.object({ defectTypeId: id, class: z.enum(defectClasses) }).strict()).max(20, 'At most 20 defects on one unit.'),
      })
      .strict(),
    output: aqlLotViewSchema,
    roles: inspectors,
    access: 'write',
  }),
  'aql.undoUnit': defineMethod({
    summary: 'Take back the last recorded unit of a draft (a mistyped defect).',
    input: z.object({ inspectionId: id }).strict(),
    output: aqlLotViewSchema,
    roles: inspectors,
    access: 'write',
  }),
  'aql.complete': defineMethod({
    summary: 'Close the inspection once every class is decided: accepted, or rejected and held until its disposition.',
    input: z.object({ inspectionId: id }).strict(),
    output: aqlLotViewSchema,
    roles: inspectors,
    access: 'write',
  }),
  'aql.dispose': defineMethod({
    summary: 'Decide what happens to a rejected (held) lot: return it to the supplier or sort it 100 %.',
    input: z
      .object({ inspectionId: id, disposition: z.enum(['return_to_supplier', 'sort_100']), note: z.string().trim().max(500).optional() })
      .strict(),
    output: aqlLotViewSchema,
    roles: inspectors,
    access: 'write',
  }),
  'aql.concede': defineMethod({
    summary: 'Owner accepts a rejected lot by concession, with a reason; the lot still counts as rejected for the switching rules.',
    input: z.object({ inspectionId: id, reason }).strict(),
    output: aqlLotViewSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'aql.decideScheme': defineMethod({
    summary:
      'Owner decisions the standard leaves to the responsible authority: approve reduced inspection (switching score ≥ 30), end it, or resume after a stop.',
    input: z.object({ supplierId: id, productId: id, action: z.enum(['approveReduced', 'endReduced', 'resume']), reason }).strict(),
    output: aqlSchemeSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'aql.listSettings': defineMethod({
    summary: 'The AQL defaults and every supplier or product override.',
    input: z.object({}).strict(),
    output: z.object({ defaults: aqlSettingsSchema, overrides: z.array(aqlOverrideSchema) }),
    roles: inspectors,
    access: 'read',
  }),
  'aql.saveSettings': defineMethod({
    summary: 'Owner sets the AQLs and level for a supplier (no product) or one of its products; new inspections use them.',
    input: aqlSettingsSchema.extend({ supplierId: id, productId: id.nullable() }).strict(),
    output: z.object({ defaults: aqlSettingsSchema, overrides: z.array(aqlOverrideSchema) }),
    roles: ['owner'],
    access: 'write',
  }),
  'aql.recent': defineMethod({
    summary: 'The latest lot inspections (lot, supplier, severity, verdict, disposition), newest first.',
    input: z.object({ limit: z.number().int().min(1).max(200).default(30) }).strict(),
    output: z.array(
      z.object({
        inspectionId: z.string(),
        lotCode: z.string(),
        supplierName: z.string(),
        productName: z.string(),
        severity: z.enum(severities),
        verdict,
        disposition: z.enum(lotDispositions).nullable(),
        startedAt: z.number(),
        completedAt: z.number().nullable(),
      }),
    ),
    roles: inspectors,
    access: 'read',
  }),
} as const;
