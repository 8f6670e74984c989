import { z } from 'zod';
import { caseStatuses, caseTypes, reasonCategories } from '../domain/aftersales';
import { packageConditions } from '../domain/inspection';
import { defineMethod } from './define';

/** Longest code the station accepts: tracking, order and case numbers are far shorter; longer input is a stuck key. */
export const maxScanCodeLength = 64;

/**
 * A scanner (or a Chinese IME left in full-width mode) can add control characters, zero-width marks,
 * full-width digits and surrounding spaces. NFKC turns full-width ＡＢ１２ into AB12; the rest is removed.
 */
export const normaliseScanCode = (raw: string): string =>
  raw
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .trim();

export type ScanCodeProblem = 'empty' | 'too_long';
export const scanCodeProblem = (normalised: string): ScanCodeProblem | null =>
  normalised.length === 0 ? 'empty' : normalised.length > maxScanCodeLength ? 'too_long' : null;

export const scanCodeSchema = z
  .string()
  .max(4000, 'Scanned input is far too long (more than 4000 characters).')
  .transform(normaliseScanCode)
  .refine((code) => code.length > 0, 'The scanned code is empty once spaces and control characters are removed.')
  .refine(
    (code) => code.length <= maxScanCodeLength,
    `The scanned code is longer than ${maxScanCodeLength} characters; scan one label at a time.`,
  );

export const scanMatchKinds = ['return_tracking', 'order', 'case', 'sku', 'barcode'] as const;
export type ScanMatchKind = (typeof scanMatchKinds)[number];

/** What the scan screen and the inspection form show about a case: the customer's claim and where it stands. */
export const caseCardSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  orderId: z.string(),
  orderNumber: z.string(),
  type: z.enum(caseTypes),
  reasonCategory: z.enum(reasonCategories),
  reasonText: z.string().nullable(),
  status: z.enum(caseStatuses),
  rawStatus: z.string(),
  requestedQuantity: z.number().int(),
  refundFen: z.number().int(),
  orderAmountFen: z.number().int().nullable(),
  requestedAt: z.number().int(),
  returnTrackingNumber: z.string().nullable(),
  returnCourier: z.string().nullable(),
  receivedAt: z.number().int().nullable(),
  receivedByName: z.string().nullable(),
  packageCondition: z.enum(packageConditions).nullable(),
  skuCode: z.string().nullable(),
  skuSpec: z.string().nullable(),
  productTitle: z.string().nullable(),
  suggestedOutcome: z.string().nullable(),
  suggestedRefundFen: z.number().int().nullable(),
  /** Succeeded or closed: a parcel for it needs a second look. */
  finished: z.boolean(),
  voided: z.boolean(),
});
export type CaseCard = z.infer<typeof caseCardSchema>;

export const scanCaseMatchSchema = caseCardSchema.extend({ matchedBy: z.enum(scanMatchKinds) });

export const scanOrderMatchSchema = z.object({
  id: z.string(),
  orderNumber: z.string(),
  status: z.string(),
  trackingNumber: z.string().nullable(),
  buyerPaidFen: z.number().int(),
  caseCount: z.number().int(),
});

export const scanSkuMatchSchema = z.object({
  id: z.string(),
  code: z.string(),
  barcode: z.string().nullable(),
  spec: z.string().nullable(),
  productName: z.string(),
  matchedBy: z.enum(['sku', 'barcode']),
  /** Cases of this SKU still waiting for their parcel or inspection, counted up to the pick list size + 1. */
  openCaseCount: z.number().int(),
});

export const scanLookupOutputSchema = z.object({
  code: z.string(),
  kinds: z.array(z.enum(scanMatchKinds)),
  cases: z.array(scanCaseMatchSchema),
  /** Orders found by number that have no after-sales case (nothing to receive against). */
  orders: z.array(scanOrderMatchSchema),
  skus: z.array(scanSkuMatchSchema),
  /** More cases matched than the pick list shows. */
  truncated: z.boolean(),
  /** Earlier unmatched parcels recorded under the same code (a second scan of the same box). */
  unmatchedParcelIds: z.array(z.string()),
});
export type ScanLookupOutput = z.infer<typeof scanLookupOutputSchema>;

export const scanContract = {
  'scan.lookup': defineMethod({
    summary:
      'Find what a scanned code refers to: return tracking number, order number, case number, SKU code or barcode. One case → open it; several → pick list; none → record an unmatched parcel.',
    input: z.object({ code: scanCodeSchema }).strict(),
    output: scanLookupOutputSchema,
    roles: ['owner', 'inspector', 'service'],
    access: 'read',
  }),
  'scan.case': defineMethod({
    summary: 'One case as the scan station shows it (the customer’s claim, receipt, suggestion).',
    input: z.object({ caseId: z.string().min(1).max(64) }).strict(),
    output: caseCardSchema,
    roles: ['owner', 'inspector', 'service'],
    access: 'read',
  }),
} as const;
