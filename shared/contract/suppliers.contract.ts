import { z } from 'zod';
import { defineMethod } from './define';

const id = z.string().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const supplierRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  contact: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
  /** Products and SKUs linked to the supplier (an SKU's own supplier, else its product's). */
  productCount: z.number().int(),
  lotCount: z.number().int(),
  createdAt: z.number().int(),
});
export type SupplierRow = z.infer<typeof supplierRowSchema>;

export const suppliersContract = {
  'suppliers.list': defineMethod({
    summary: 'Suppliers by name with how many products and lots they have; filter by text (name, contact) and by active.',
    input: z.object({ q: z.string().trim().max(80).optional(), includeInactive: z.boolean().default(true) }).strict(),
    output: z.array(supplierRowSchema),
    roles: 'anyUser',
    access: 'read',
  }),
  'suppliers.create': defineMethod({
    summary: 'Add a supplier (owner); the name is unique. Audited.',
    input: z.object({ name: z.string().trim().min(1).max(80), contact: optionalText(120), notes: optionalText(1000) }).strict(),
    output: supplierRowSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'suppliers.update': defineMethod({
    summary: 'Edit a supplier’s name, contact or notes, or deactivate / reactivate it (owner); nothing is deleted. Audited before/after.',
    input: z
      .object({
        id,
        name: z.string().trim().min(1).max(80).optional(),
        contact: optionalText(120),
        notes: optionalText(1000),
        active: z.boolean().optional(),
      })
      .strict(),
    output: supplierRowSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'suppliers.linkProduct': defineMethod({
    summary: 'Link a product (all its SKUs without a supplier of their own) to a supplier, or unlink it with null (owner). Audited.',
    input: z.object({ productId: id, supplierId: id.nullable() }).strict(),
    output: z.object({ productId: z.string(), supplierId: z.string().nullable() }),
    roles: ['owner'],
    access: 'write',
  }),
} as const;
