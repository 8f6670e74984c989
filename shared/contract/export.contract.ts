import { z } from 'zod';
import { defineMethod } from './define';
import { localeSchema } from './auth.contract';
import { caseStatusGroups } from './cases.contract';
import { caseTypes, reasonCategories } from '../domain/aftersales';

export const exportLists = ['orders', 'cases', 'inspections', 'import_rejects'] as const;
export type ExportList = (typeof exportLists)[number];

/** Above this many rows the export is refused with a message asking for a narrower filter. */
export const maxExportRows = 100_000;

/**
 * One filter shape for every list; each list reads the keys that make sense for it and ignores the rest.
 * Times are UTC epoch ms; `from`/`to` apply to the list's main time (paid, requested, completed).
 */
export const exportFilterSchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    statuses: z.array(z.string().max(40)).max(20).optional(),
    types: z.array(z.string().max(40)).max(20).optional(),
    from: z.number().int().optional(),
    to: z.number().int().optional(),
    skuCode: z.string().max(100).optional(),
    /** Orders only: one store. */
    storeId: z.string().max(64).optional(),
    overdueOnly: z.boolean().optional(),
    importId: z.string().max(64).optional(),
    ids: z.array(z.string().max(64)).max(maxExportRows).optional(),
    /** Cases only: the Cases screen's own filters (queue tab, type, reason, dispute, search), read as the list reads them. */
    caseList: z
      .object({
        group: z.enum(caseStatusGroups),
        type: z.enum(caseTypes).optional(),
        reasonCategory: z.enum(reasonCategories).optional(),
        dispute: z.boolean().optional(),
        q: z.string().trim().max(80).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ExportFilter = z.infer<typeof exportFilterSchema>;

export const exportFileSchema = z.object({
  fileName: z.string(),
  mime: z.string(),
  /** The file itself: both transports carry it in the answer, so no path or download route is needed. */
  base64: z.string(),
  rowCount: z.number().int().nonnegative(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export const exportContract = {
  'export.list': defineMethod({
    summary: `A list (orders, cases, inspections, import rejects) as CSV (UTF-8 with BOM) or XLSX with localized headers; formula-like cells are escaped; at most ${maxExportRows} rows.`,
    input: z
      .object({
        list: z.enum(exportLists),
        filter: exportFilterSchema.default({}),
        format: z.enum(['csv', 'xlsx']),
        locale: localeSchema.default('zh-CN'),
      })
      .strict(),
    output: exportFileSchema,
    roles: 'anyUser',
    access: 'read',
  }),
} as const;
