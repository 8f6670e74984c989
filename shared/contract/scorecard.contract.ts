import { z } from 'zod';
import { localeSchema } from './auth.contract';
import { defineMethod } from './define';

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Month must look like 2026-03');
const idSchema = z.string().min(1).max(64);

/** The longest period a scorecard covers: three years of months keeps every trend at a few dozen points. */
export const maxScorecardMonths = 36;
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/**
 * A scorecard period: paid months (China time), inclusive, like the quality dashboard's filter. Without `from`/`to`
 * the last 12 months up to the current one.
 */
export const scorecardPeriodSchema = z
  .object({ from: monthSchema.optional(), to: monthSchema.optional() })
  .strict()
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: '`from` month must not be after `to` month', path: ['from'] })
  .refine((p) => !p.from || !p.to || monthIndex(p.to) - monthIndex(p.from) < maxScorecardMonths, {
    message: `A period is at most ${maxScorecardMonths} months`,
    path: ['to'],
  });
export type ScorecardPeriod = z.infer<typeof scorecardPeriodSchema>;

const label = z.object({ zh: z.string(), en: z.string() });
const byClass = z.object({ critical: z.number(), major: z.number(), minor: z.number() });

const trendRowSchema = z.object({
  month: z.string(),
  unitsSold: z.number(),
  unitsReturned: z.number(),
  returnRate: z.number(),
  lotsReceived: z.number(),
  sampledUnits: z.number(),
  qcDefects: z.number(),
  /** Defects per 100 sampled units of the lots received that month; null when none was sampled. */
  qcPer100: z.number().nullable(),
});

export const supplierScorecardSchema = z.object({
  supplierId: z.string(),
  name: z.string(),
  active: z.boolean(),
  lotsReceived: z.number(),
  lotsAccepted: z.number(),
  lotsRejected: z.number(),
  /** Received lots without a recorded accept/reject verdict. */
  lotsNotJudged: z.number(),
  /** Accepted ÷ judged lots; null when no lot was judged. */
  acceptanceRate: z.number().nullable(),
  sampledUnits: z.number(),
  defectsByClass: byClass,
  /** Defects per 100 sampled units, by class and in total; null when nothing was sampled. */
  qcPer100: byClass.extend({ total: z.number() }).nullable(),
  unitsSold: z.number(),
  /** Units sold from their lots, by how the lot is known (label scanned/recorded vs estimated), and without a lot. */
  labelledUnits: z.number(),
  estimatedUnits: z.number(),
  noLotUnits: z.number(),
  unitsReturned: z.number(),
  returnRate: z.number(),
  /** Returned units whose inspection put the fault on the supplier. */
  supplierFaultUnits: z.number(),
  /** Cost of all returns of their goods (refund + merchant-paid freight + written-off goods, docs/METRICS.md). */
  costOfReturnsFen: z.number(),
  /** The part of that cost on returns whose inspection put the fault on the supplier. */
  supplierFaultCostFen: z.number(),
  /** Open corrective actions; `source` says whether they are recorded at all yet. */
  openActions: z.object({ count: z.number(), source: z.enum(['recorded', 'not_recorded']) }),
  /** Defect types of returns with fault = supplier, most units first, with the running share. */
  pareto: z.array(z.object({ key: z.string(), units: z.number(), cumulativeShare: z.number() })),
  trend: z.array(trendRowSchema),
});
export type SupplierScorecard = z.infer<typeof supplierScorecardSchema>;

export const scorecardSchema = z.object({
  from: z.string(),
  to: z.string(),
  months: z.array(z.string()),
  suppliers: z.array(supplierScorecardSchema),
  /** Labels of the defect type ids used in the Paretos. */
  keys: z.array(z.object({ key: z.string(), label: label })),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const qcPointSchema = z.object({
  lotId: z.string(),
  lotCode: z.string(),
  supplierName: z.string().nullable(),
  sampledUnits: z.number(),
  qcDefects: z.number(),
  /** Defects per 100 sampled units at incoming QC; null when the lot has no completed lot inspection. */
  qcPer100: z.number().nullable(),
  unitsSold: z.number(),
  labelledUnits: z.number(),
  estimatedUnits: z.number(),
  unitsReturned: z.number(),
  returnRate: z.number(),
  /** labelled: every unit sold is tied to the lot by a label; estimated: none is; mixed: some are. */
  basis: z.enum(['labelled', 'estimated', 'mixed']),
  /** Passed QC quietly but came back often (docs/METRICS.md, "Does QC predict returns?"). */
  escapedQc: z.boolean(),
});
export type QcPoint = z.infer<typeof qcPointSchema>;

export const qcVsReturnsSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** SKUs that have lots; `lots` = inspected lots with sales in the period, `unitsReturned` = returns from them. */
  skus: z.array(z.object({ skuId: z.string(), code: z.string(), productName: z.string(), lots: z.number(), unitsReturned: z.number() })),
  skuId: z.string().nullable(),
  points: z.array(qcPointSchema),
  /** The SKU's return rate over all its lots in the period: the escape rule's reference. */
  skuReturnRate: z.number(),
  rule: z.object({ maxQcPer100: z.number(), returnRateFactor: z.number(), minUnitsSold: z.number() }),
});
export type QcVsReturns = z.infer<typeof qcVsReturnsSchema>;

const fileSchema = z.object({ fileName: z.string(), mime: z.string(), base64: z.string() });

/**
 * Owners only: a scorecard carries what the shop pays for returns and what it will say to a supplier; inspectors
 * and customer service see the same defects and rates on the quality page (docs/SECURITY.md).
 */
const scorecardRoles = ['owner'] as const;

export const scorecardContract = {
  'scorecard.suppliers': defineMethod({
    summary:
      'Every supplier’s scorecard for a period of paid months: lots received and accepted, incoming QC defect rates, units sold, return rate, supplier-fault Pareto and cost, open corrective actions, trend by month.',
    input: z.object({ period: scorecardPeriodSchema.default({}) }).strict(),
    output: scorecardSchema,
    roles: scorecardRoles,
    access: 'read',
  }),
  'scorecard.qcVsReturns': defineMethod({
    summary:
      'For one SKU (default: the one with most returns from lots that escaped QC, else from inspected lots), each lot’s incoming QC defect rate against its field return rate, with units sold (labelled vs estimated) and the lots that escaped QC.',
    input: z.object({ period: scorecardPeriodSchema.default({}), skuId: idSchema.optional() }).strict(),
    output: qcVsReturnsSchema,
    roles: scorecardRoles,
    access: 'read',
  }),
  'scorecard.exportXlsx': defineMethod({
    summary:
      'All suppliers’ scorecards as an XLSX workbook (side by side, trend by month, supplier-fault Pareto), headers in the chosen language.',
    input: z.object({ period: scorecardPeriodSchema.default({}), locale: localeSchema.default('zh-CN') }).strict(),
    output: fileSchema,
    roles: scorecardRoles,
    access: 'read',
  }),
  'scorecard.exportPdf': defineMethod({
    summary: 'One supplier’s scorecard as a one-page A4 PDF for the supplier meeting, in Chinese (or English), fonts embedded.',
    input: z.object({ period: scorecardPeriodSchema.default({}), supplierId: idSchema, locale: localeSchema.default('zh-CN') }).strict(),
    output: fileSchema,
    roles: scorecardRoles,
    access: 'read',
  }),
} as const;
