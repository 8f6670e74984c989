import { z } from 'zod';
import { defaultMinVolume, rateDimensions } from '../domain/metrics';
import { localeSchema } from './auth.contract';
import { defineMethod } from './define';

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Month must look like 2026-03');
const idSchema = z.string().min(1).max(64);

/** Every filter narrows the cohort: `from`/`to` are PAID months of the orders (China time), inclusive. */
export const analyticsFilterSchema = z
  .object({
    from: monthSchema.optional(),
    to: monthSchema.optional(),
    storeId: idSchema.optional(),
    productId: idSchema.optional(),
    skuId: idSchema.optional(),
    supplierId: idSchema.optional(),
    lotId: idSchema.optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '`from` month must not be after `to` month', path: ['from'] });
export type AnalyticsFilter = z.infer<typeof analyticsFilterSchema>;

const label = z.object({ zh: z.string(), en: z.string() });
const seriesKey = z.string();

const kpiSchema = z.object({
  unitsSold: z.number(),
  unitsReturned: z.number(),
  returnRate: z.number(),
  refundedWithoutReturnUnits: z.number(),
  refundedWithoutReturnFen: z.number(),
  /** Returns' cost plus the goodwill segment (docs/METRICS.md). */
  costOfReturnsFen: z.number(),
  /** The goodwill segment of the cost of returns: coupons, small payments, partial refunds. */
  goodwillFen: z.number(),
});

const paretoSchema = z.object({
  items: z.array(z.object({ key: seriesKey, units: z.number(), cumulativeShare: z.number() })),
  noDefectUnits: z.number(),
  notInspectedUnits: z.number(),
});

const rateRowSchema = z.object({
  key: z.string(),
  label: label,
  unitsSold: z.number(),
  unitsReturned: z.number(),
  refundedWithoutReturnUnits: z.number(),
  returnRate: z.number(),
});

const mixSchema = z.object({
  rows: z.array(
    z.object({
      skuId: z.string(),
      label: label,
      unitsSold: z.number(),
      perThousand: z.record(seriesKey, z.number()),
      unitsByKey: z.record(seriesKey, z.number()),
    }),
  ),
});

const trendSchema = z.object({
  rows: z.array(
    z.object({
      month: z.string(),
      unitsSold: z.number(),
      unitsReturned: z.number(),
      returnRate: z.number(),
      rateByKey: z.record(seriesKey, z.number()),
      unitsByKey: z.record(seriesKey, z.number()),
    }),
  ),
});

const matrixSchema = z.object({
  cells: z.array(z.object({ reason: z.string(), finding: seriesKey, units: z.number(), shareOfReason: z.number() })),
  reasonTotals: z.array(z.object({ reason: z.string(), units: z.number() })),
});

const costSchema = z.object({
  items: z.array(
    z.object({ key: seriesKey, refundFen: z.number(), freightFen: z.number(), writeOffFen: z.number(), totalFen: z.number() }),
  ),
});

const goodwillSegment = { couponFen: z.number(), smallPaymentFen: z.number(), partialRefundFen: z.number(), totalFen: z.number() };
/** The goodwill segment by SKU (top 30) and by the buyer's reason. */
const goodwillSchema = z.object({
  ...goodwillSegment,
  bySku: z.array(z.object({ key: z.string(), label: label, ...goodwillSegment })),
  byReason: z.array(z.object({ key: z.string(), ...goodwillSegment })),
});

const deadlineSchema = z.object({
  weeks: z.array(z.object({ week: z.string(), due: z.number(), answeredInTime: z.number(), share: z.number() })),
});

export const dashboardSchema = z.object({
  kpi: kpiSchema,
  pareto: paretoSchema,
  rates: z.array(rateRowSchema),
  mix: mixSchema,
  trend: trendSchema,
  matrix: matrixSchema,
  cost: costSchema,
  goodwill: goodwillSchema,
  deadline: deadlineSchema,
  /** Labels of every series key used above (defect type ids and the finding categories). */
  keys: z.array(z.object({ key: seriesKey, label: label })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const drillSchema = z.discriminatedUnion('chart', [
  z.object({ chart: z.literal('pareto'), finding: seriesKey }).strict(),
  z.object({ chart: z.literal('rates'), dimension: z.enum(rateDimensions), key: z.string().max(64) }).strict(),
  z.object({ chart: z.literal('mix'), skuId: idSchema, finding: seriesKey }).strict(),
  z.object({ chart: z.literal('trend'), month: monthSchema, finding: seriesKey.optional() }).strict(),
  z.object({ chart: z.literal('matrix'), reason: z.string().max(40), finding: seriesKey }).strict(),
  z.object({ chart: z.literal('cost'), finding: seriesKey }).strict(),
  /** Cases with live goodwill entries behind one SKU's or one reason's bar of the goodwill card. */
  z.object({ chart: z.literal('goodwill'), by: z.enum(['sku', 'reason']), key: z.string().min(1).max(64) }).strict(),
  /** Counted cases whose current root cause is this one (the service section's Pareto). */
  z.object({ chart: z.literal('cause'), causeId: z.string().min(1).max(64) }).strict(),
  z
    .object({ chart: z.literal('deadline'), week: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), missedOnly: z.boolean().default(false) })
    .strict(),
]);
export type DrillTarget = z.infer<typeof drillSchema>;

export const drillCaseSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  orderNumber: z.string(),
  type: z.string(),
  reason: z.string(),
  status: z.string(),
  skuCode: z.string(),
  units: z.number(),
  refundFen: z.number(),
  paidMonth: z.string(),
  requestedAt: z.number(),
  deadlineAt: z.number().nullable(),
  respondedAt: z.number().nullable(),
  /** Finding keys, comma-separated: defect type ids, or not_inspected / no_defect. */
  finding: z.string(),
});
export type DrillCase = z.infer<typeof drillCaseSchema>;

const percentileSchema = z.object({ count: z.number().int(), p50Ms: z.number().nullable(), p90Ms: z.number().nullable() });

/** Service performance for the cohort filter (docs/METRICS.md, "Service performance"). */
export const serviceAnalyticsSchema = z.object({
  cases: z.number().int(),
  disputes: z.number().int(),
  /** Request to the merchant's first action or outgoing message, over answered cases. */
  firstResponse: percentileSchema,
  /** Request to resolution, over finished cases. */
  resolution: percentileSchema,
  resolved: z.number().int(),
  resolvedWithoutIntervention: z.number().int(),
  resolvedWithoutInterventionShare: z.number(),
  escalationRate: z.number(),
  intervention: z.object({
    won: z.number().int(),
    lost: z.number().int(),
    split: z.number().int(),
    pending: z.number().int(),
    winRate: z.number(),
  }),
  overdue: z.object({ withDeadline: z.number().int(), wentOverdue: z.number().int(), rate: z.number(), overdueNow: z.number().int() }),
  compensationFen: z.number(),
  satisfaction: z.object({ answers: z.number().int(), average: z.number().nullable() }),
  byCause: z.object({
    items: z.array(z.object({ key: z.string(), label, cases: z.number().int(), disputes: z.number().int(), cumulativeShare: z.number() })),
    noCause: z.number().int(),
  }),
  /** By assignee; key '' is the cases nobody was assigned. */
  byAgent: z.array(
    z.object({
      key: z.string(),
      name: z.string().nullable(),
      cases: z.number().int(),
      resolved: z.number().int(),
      disputes: z.number().int(),
      wentOverdue: z.number().int(),
      firstResponseP50Ms: z.number().nullable(),
    }),
  ),
  months: z.array(z.object({ month: z.string(), cases: z.number().int(), disputes: z.number().int(), overdue: z.number().int() })),
});
export type ServiceAnalytics = z.infer<typeof serviceAnalyticsSchema>;

const fileSchema = z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), rowCount: z.number().int().nonnegative() });
const drillInput = z.object({ filter: analyticsFilterSchema.default({}), target: drillSchema }).strict();
const cell = z.union([z.string().max(500), z.number(), z.null()]);

/** Rows in one drill-down page; the export has no such cap beyond maxDrillExportRows. */
export const drillPageSize = 500;
export const maxDrillExportRows = 100_000;

const analyticsRoles = ['owner', 'inspector', 'service'] as const;

export const analyticsContract = {
  'analytics.options': defineMethod({
    summary: 'Filter choices for the quality dashboard: stores, products, SKUs, suppliers, lots and the months that have paid orders.',
    input: z.object({}).strict(),
    output: z.object({
      stores: z.array(z.object({ id: z.string(), name: z.string() })),
      products: z.array(z.object({ id: z.string(), name: z.string() })),
      skus: z.array(z.object({ id: z.string(), code: z.string(), productId: z.string() })),
      suppliers: z.array(z.object({ id: z.string(), name: z.string() })),
      lots: z.array(z.object({ id: z.string(), code: z.string(), skuId: z.string() })),
      months: z.array(z.string()),
    }),
    roles: analyticsRoles,
    access: 'read',
  }),
  'analytics.dashboard': defineMethod({
    summary:
      'Every chart of the quality dashboard for a cohort filter (paid months, store, product, SKU, supplier, lot), computed from the rollup tables (docs/METRICS.md).',
    input: z
      .object({
        filter: analyticsFilterSchema.default({}),
        dimension: z.enum(rateDimensions).default('sku'),
        minVolume: z.number().int().min(0).max(1_000_000).default(defaultMinVolume),
      })
      .strict(),
    output: dashboardSchema,
    roles: analyticsRoles,
    access: 'read',
  }),
  'analytics.service': defineMethod({
    summary:
      'Service performance for the same cohort filter: first response and resolution times (p50/p90), escalations and how they ended, overdue, compensation, satisfaction, cases by root cause, by agent and by month.',
    input: z.object({ filter: analyticsFilterSchema.default({}) }).strict(),
    output: serviceAnalyticsSchema,
    roles: analyticsRoles,
    access: 'read',
  }),
  'analytics.drill': defineMethod({
    summary: `The cases behind one bar or cell of a dashboard chart (first ${drillPageSize}, newest first, with the total).`,
    input: drillInput,
    output: z.object({ total: z.number().int(), cases: z.array(drillCaseSchema) }),
    roles: analyticsRoles,
    access: 'read',
  }),
  'analytics.exportDrill': defineMethod({
    summary: 'The cases behind a chart bar or cell as CSV (UTF-8 BOM) or XLSX with localized headers.',
    input: drillInput.extend({ format: z.enum(['csv', 'xlsx']), locale: localeSchema.default('zh-CN') }).strict(),
    output: fileSchema,
    roles: analyticsRoles,
    access: 'read',
  }),
  'analytics.exportTable': defineMethod({
    summary: 'A chart’s table view (as shown, localized) written as CSV (UTF-8 BOM) or XLSX; formula-like text is escaped.',
    input: z
      .object({
        name: z.string().trim().min(1).max(60),
        columns: z
          .array(z.object({ key: z.string().max(60), header: z.string().max(120) }))
          .min(1)
          .max(60),
        rows: z.array(z.record(z.string(), cell)).max(5000),
        format: z.enum(['csv', 'xlsx']),
      })
      .strict(),
    output: fileSchema,
    roles: analyticsRoles,
    access: 'read',
  }),
} as const;
