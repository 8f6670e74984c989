import { z } from 'zod';
import { defineMethod } from './define';

const id = z.string().min(1).max(64);

export const supplierSchema = z.object({ id: z.string(), name: z.string(), contact: z.string().nullable(), active: z.boolean() });

export const skuViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  specText: z.string().nullable(),
  barcode: z.string().nullable(),
  unitCostFen: z.number().int().nullable(),
  productId: z.string(),
  productName: z.string(),
  supplierId: z.string().nullable(),
  supplierName: z.string().nullable(),
  active: z.boolean(),
});
export type SkuView = z.infer<typeof skuViewSchema>;

export const lotViewSchema = z.object({
  id: z.string(),
  lotCode: z.string(),
  skuId: z.string(),
  skuCode: z.string(),
  supplierId: z.string().nullable(),
  supplierName: z.string().nullable(),
  receivedAt: z.number().int().nullable(),
  quantity: z.number().int().nullable(),
});

export const catalogContract = {
  'catalog.suppliers': defineMethod({
    summary: 'All suppliers, by name.',
    input: z.object({}).strict(),
    output: z.array(supplierSchema),
    roles: 'anyUser',
    access: 'read',
  }),
  'catalog.skus': defineMethod({
    summary: 'SKUs with their product and supplier; filter by text (code, spec, barcode, product name) or supplier.',
    input: z
      .object({
        q: z.string().trim().max(80).optional(),
        supplierId: id.optional(),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ rows: z.array(skuViewSchema), total: z.number().int() }),
    roles: 'anyUser',
    access: 'read',
  }),
  'catalog.updateSku': defineMethod({
    summary: 'Set an SKU’s unit cost (fen) and supplier (owner); audited with before and after.',
    input: z
      .object({
        id,
        unitCostFen: z.number().int('unitCostFen must be whole fen').min(0, 'unitCostFen cannot be negative').nullable().optional(),
        supplierId: id.nullable().optional(),
      })
      .strict(),
    output: skuViewSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'catalog.lots': defineMethod({
    summary: 'Lots, newest first, optionally for one SKU or supplier.',
    input: z.object({ skuId: id.optional(), supplierId: id.optional(), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(lotViewSchema),
    roles: 'anyUser',
    access: 'read',
  }),
} as const;
