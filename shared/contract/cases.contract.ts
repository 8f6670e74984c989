import { z } from 'zod';
import { epochMs } from './time';
import { caseStatuses, caseTypes, reasonCategories, refundAgreedBy, waitingOnParties } from '../domain/aftersales';
import { defectClasses, dispositions, grades, claimMatches, faultParties, suggestedOutcomes } from '../domain/inspection';
import { auditEntrySchema } from './audit.contract';
import { communicationSchema } from './communications.contract';
import { defineMethod } from './define';
import { orderHeadSchema } from './orders.contract';

const id = z.string().min(1).max(64);
const fen = (field: string) => z.number().int(`${field} must be whole fen`).min(0, `${field} cannot be negative`);

/**
 * Work queues shown as badges. Overdue and due soon count only open cases waiting on the merchant (not the buyer,
 * not the platform) that the merchant has not answered; needs_review holds open cases whose platform status text
 * we did not know, so nobody can say who waits.
 */
export const caseStatusGroups = ['open', 'overdue', 'due_soon', 'needs_review', 'all'] as const;
export type CaseStatusGroup = (typeof caseStatusGroups)[number];
/** "Due soon" means the merchant deadline falls within this many hours. */
export const dueSoonHours = 12;

export const caseRowSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  orderNumber: z.string(),
  type: z.enum(caseTypes),
  reasonCategory: z.enum(reasonCategories),
  reasonText: z.string().nullable(),
  status: z.enum(caseStatuses),
  rawStatus: z.string(),
  /** Who must act next (DOMAIN.md "Service desk"); only `merchant` is ever overdue. */
  waitingOn: z.enum(waitingOnParties),
  /** While refunding: whether the merchant or the platform agreed the refund (4 vs 5 in the platform's list). */
  refundAgreedBy: z.enum(refundAgreedBy).nullable(),
  requestedAt: z.number().int(),
  deadlineAt: z.number().int().nullable(),
  respondedAt: z.number().int().nullable(),
  refundFen: z.number().int(),
  requestedQuantity: z.number().int(),
  returnTrackingNumber: z.string().nullable(),
  dispute: z.boolean(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  skuCode: z.string().nullable(),
  productName: z.string().nullable(),
  voided: z.boolean(),
});
export type CaseRow = z.infer<typeof caseRowSchema>;

const inspectionViewSchema = z.object({
  id: z.string(),
  state: z.string(),
  inspectorId: z.string(),
  inspectorName: z.string().nullable(),
  startedAt: z.number().int(),
  completedAt: z.number().int().nullable(),
  grade: z.enum(grades).nullable(),
  disposition: z.enum(dispositions).nullable(),
  claimMatch: z.enum(claimMatches).nullable(),
  fault: z.enum(faultParties).nullable(),
  quantity: z.number().int(),
  notes: z.string().nullable(),
  defects: z.array(
    z.object({
      code: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      class: z.enum(defectClasses),
      quantity: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
  attachments: z.array(z.object({ id: z.string(), mime: z.string() })),
});

export const caseDetailSchema = caseRowSchema.extend({
  order: orderHeadSchema.extend({
    lines: z.array(
      z.object({
        id: z.string(),
        skuCode: z.string(),
        productName: z.string(),
        specText: z.string().nullable(),
        quantity: z.number().int(),
        unitPriceFen: z.number().int(),
        lotCode: z.string().nullable(),
      }),
    ),
  }),
  lotCode: z.string().nullable(),
  supplierName: z.string().nullable(),
  specText: z.string().nullable(),
  returnCourier: z.string().nullable(),
  receivedAt: z.number().int().nullable(),
  packageCondition: z.string().nullable(),
  suggestedOutcome: z.enum(suggestedOutcomes).nullable(),
  suggestedRefundFen: z.number().int().nullable(),
  resolution: z.string().nullable(),
  resolvedAt: z.number().int().nullable(),
  voidedAt: z.number().int().nullable(),
  inspections: z.array(inspectionViewSchema),
  attachments: z.array(z.object({ id: z.string(), mime: z.string() })),
  communications: z.array(communicationSchema),
  audit: z.array(auditEntrySchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const casesContract = {
  'cases.list': defineMethod({
    summary:
      'Cases by work queue (open/overdue/due soon/needs review/all; overdue and due soon only for cases waiting on the merchant), type, reason, dispute and text (case, order or tracking number); most urgent first; with counts per queue.',
    input: z
      .object({
        group: z.enum(caseStatusGroups).default('open'),
        type: z.enum(caseTypes).optional(),
        reasonCategory: z.enum(reasonCategories).optional(),
        dispute: z.boolean().optional(),
        q: z.string().trim().max(80).optional(),
        sort: z.enum(['urgency', 'newest']).default('urgency'),
        limit: z.number().int().min(1).max(1000).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({
      rows: z.array(caseRowSchema),
      total: z.number().int(),
      counts: z.object({
        open: z.number().int(),
        overdue: z.number().int(),
        due_soon: z.number().int(),
        needs_review: z.number().int(),
        all: z.number().int(),
      }),
      now: z.number().int(),
    }),
    roles: 'anyUser',
    access: 'read',
  }),
  'cases.get': defineMethod({
    summary: 'One case with its order and lines, SKU, lot, inspections and defects, attachments, messages and audit trail.',
    input: z.object({ id }).strict(),
    output: caseDetailSchema,
    roles: 'anyUser',
    access: 'read',
  }),
  'cases.update': defineMethod({
    summary: 'Change a case’s status, resolution, assignee or dispute flag, or mark it responded (service/owner); audited.',
    input: z
      .object({
        id,
        status: z.enum(caseStatuses).optional(),
        resolution: z.string().trim().max(2000).nullable().optional(),
        assigneeId: id.nullable().optional(),
        dispute: z.boolean().optional(),
        markResponded: z.literal(true).optional(),
      })
      .strict(),
    output: caseDetailSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'cases.void': defineMethod({
    summary: 'Void a case entered by mistake (owner): it stays on record with the reason, and leaves every queue.',
    input: z.object({ id, reason: z.string().trim().min(2, 'reason is required').max(500) }).strict(),
    output: caseDetailSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'cases.create': defineMethod({
    summary:
      'Enter a case that arrived outside an export (service/owner); the deadline defaults to requested time + policy response hours.',
    input: z
      .object({
        caseNumber: z.string().trim().min(1, 'caseNumber is required').max(64),
        orderNumber: z.string().trim().min(1, 'orderNumber is required').max(64),
        skuCode: z.string().trim().min(1).max(64).optional(),
        type: z.enum(caseTypes),
        reasonCategory: z.enum(reasonCategories),
        reasonText: z.string().trim().max(500).optional(),
        status: z.enum(caseStatuses).default('pending_merchant'),
        requestedQuantity: z
          .number()
          .int('requestedQuantity must be a whole number')
          .positive('requestedQuantity must be at least 1')
          .default(1),
        refundFen: fen('refundFen').default(0),
        requestedAt: epochMs.optional(),
        deadlineAt: epochMs.optional(),
        returnTrackingNumber: z.string().trim().max(64).optional(),
      })
      .strict(),
    output: caseDetailSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
} as const;
