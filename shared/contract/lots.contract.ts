import { z } from 'zod';
import { lotCodePattern } from '../domain/lot-code';
import { defineMethod } from './define';
import { epochMs } from './time';

const id = z.string().min(1).max(64);

/** Printable ASCII without spaces, so the label's Code 128 barcode scans back as the same text. */
export const lotCodeSchema = z.string().trim().min(1).max(40).regex(lotCodePattern);

export const lotRowSchema = z.object({
  id: z.string(),
  lotCode: z.string(),
  skuId: z.string(),
  skuCode: z.string(),
  specText: z.string().nullable(),
  productName: z.string(),
  supplierId: z.string().nullable(),
  supplierName: z.string().nullable(),
  quantity: z.number().int().nullable(),
  receivedAt: z.number().int().nullable(),
  unitCostFen: z.number().int().nullable(),
  notes: z.string().nullable(),
  voidedAt: z.number().int().nullable(),
  voidReason: z.string().nullable(),
  /** Units sold attributed to this lot: by a label found on a returned item, or estimated first-in-first-out. */
  labelledUnits: z.number().int(),
  estimatedUnits: z.number().int(),
});
export type LotRow = z.infer<typeof lotRowSchema>;

const shareSchema = z.object({
  key: z.string(),
  name: z.string(),
  labelled: z.number().int(),
  estimated: z.number().int(),
  unknown: z.number().int(),
});
export type AttributionShare = z.infer<typeof shareSchema>;

export const lotsContract = {
  'lots.list': defineMethod({
    summary: 'Lots, newest received first; filter by text (lot code, SKU code, product), supplier, SKU; voided lots only when asked.',
    input: z
      .object({
        q: z.string().trim().max(80).optional(),
        supplierId: id.optional(),
        skuId: id.optional(),
        includeVoided: z.boolean().default(false),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ rows: z.array(lotRowSchema), total: z.number().int() }),
    roles: 'anyUser',
    access: 'read',
  }),
  'lots.get': defineMethod({
    summary: 'One lot, for its printable label.',
    input: z.object({ id }).strict(),
    output: lotRowSchema,
    roles: 'anyUser',
    access: 'read',
  }),
  'lots.receive': defineMethod({
    summary:
      'Receive a lot (owner): a lot code used by no other lot, SKU, supplier (default: the SKU’s), quantity ≥ 1, received date, purchase unit cost in fen ≥ 0. Re-attributes the SKU’s sales first-in-first-out. Audited.',
    input: z
      .object({
        lotCode: lotCodeSchema,
        skuId: id,
        supplierId: id.nullable().optional(),
        quantity: z.number().int().min(1).max(10_000_000),
        receivedAt: epochMs,
        unitCostFen: z.number().int().min(0).max(100_000_000),
        notes: z.string().trim().max(1000).nullable().optional(),
      })
      .strict(),
    output: lotRowSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'lots.void': defineMethod({
    summary:
      'Void a lot with a reason (owner); it stays on file, drops out of attribution, and the SKU’s sales are re-attributed. Audited.',
    input: z.object({ id, reason: z.string().trim().min(1).max(500) }).strict(),
    output: lotRowSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'lots.recordLabel': defineMethod({
    summary:
      'At the return station: the lot label found on the returned item (scanned or typed), or null to clear a wrong one. Sets the inspection’s lot and the order line’s lot with basis label, then re-attributes the SKU. Audited.',
    input: z.object({ inspectionId: id, lotCode: lotCodeSchema.nullable() }).strict(),
    output: z.object({ lotId: z.string().nullable(), lotCode: z.string().nullable() }),
    roles: ['owner', 'inspector'],
    access: 'write',
  }),
  'lots.ofInspection': defineMethod({
    summary: 'The lot label recorded on an inspection, if any (the station shows it again when a draft is reopened).',
    input: z.object({ inspectionId: id }).strict(),
    output: z.object({ lotId: z.string().nullable(), lotCode: z.string().nullable() }),
    roles: ['owner', 'inspector'],
    access: 'read',
  }),
  'lots.attributionShare': defineMethod({
    summary:
      'Returned units (cases by payment month) per supplier and per lot, split by how their lot is known: label, first-in-first-out estimate, or unknown.',
    input: z.object({ from: epochMs.optional(), to: epochMs.optional() }).strict(),
    output: z.object({ total: shareSchema, bySupplier: z.array(shareSchema), byLot: z.array(shareSchema) }),
    roles: 'anyUser',
    access: 'read',
  }),
} as const;
