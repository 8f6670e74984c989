import { z } from 'zod';
import { orderStatuses } from '../domain/aftersales';
import { defineMethod } from './define';
import { epochMs } from './time';

const fen = (field: string) => z.number().int(`${field} must be whole fen`).min(0, `${field} cannot be negative`);

/**
 * Paging stops this deep: past it the page says "narrow the search" instead of asking SQLite to skip a million rows.
 * The total is counted up to the same bound, so an unfiltered list of a million orders answers as fast as a small one.
 */
export const maxOrdersListed = 10_000;
export const maxOrdersPage = 200;

/** Who sees orders: the owner and customer service (they answer buyers about them); the warehouse works from cases. */
export const orderReaderRoles = ['owner', 'service'] as const;

/**
 * The orders list's filter, shared with the CSV/XLSX export so the file holds what the screen shows. `q` is the
 * start of an order number, a tracking number or a SKU code (what a buyer or a label quotes); `from`/`to` bound
 * the paid time (UTC epoch ms, `to` exclusive).
 */
export const ordersFilterSchema = z
  .object({
    q: z.string().trim().max(100, 'The search text has at most 100 characters.').optional(),
    storeId: z.string().max(64).optional(),
    from: epochMs.optional(),
    to: epochMs.optional(),
  })
  .strict();
export type OrdersFilter = z.infer<typeof ordersFilterSchema>;

/** An order as every screen shows it (the orders list, the case drawer). */
export const orderHeadSchema = z.object({
  id: z.string(),
  orderNumber: z.string(),
  status: z.enum(orderStatuses),
  rawStatus: z.string(),
  paidAt: z.number().int().nullable(),
  shippedAt: z.number().int().nullable(),
  /** Logistics signing (签收时间): starts the 7-day no-reason window. */
  signedAt: z.number().int().nullable(),
  /** The buyer's confirm-receipt (确认收货时间), kept apart from signing. */
  confirmedAt: z.number().int().nullable(),
  trackingNumber: z.string().nullable(),
  courier: z.string().nullable(),
  buyerPaidFen: z.number().int(),
});

export const orderListRowSchema = orderHeadSchema.extend({
  storeName: z.string(),
  merchantReceivedFen: z.number().int(),
  /** Units over all lines, and the lines' SKU codes (space-separated). */
  units: z.number().int(),
  skuCodes: z.string(),
  /** After-sales cases on this order (voided ones left out). */
  caseCount: z.number().int(),
});
export type OrderListRow = z.infer<typeof orderListRowSchema>;

export const ordersContract = {
  'orders.create': defineMethod({
    summary: 'Enter an order by hand (service/owner) with its lines by SKU code; the order number must be new.',
    input: z
      .object({
        orderNumber: z.string().trim().min(1, 'orderNumber is required').max(64),
        status: z.enum(orderStatuses),
        rawStatus: z.string().trim().max(64).optional(),
        paidAt: epochMs.optional(),
        trackingNumber: z.string().trim().max(64).optional(),
        courier: z.string().trim().max(40).optional(),
        lines: z
          .array(
            z
              .object({
                skuCode: z.string().trim().min(1, 'skuCode is required').max(64),
                quantity: z.number().int('quantity must be a whole number').positive('quantity must be at least 1'),
                unitPriceFen: fen('unitPriceFen'),
              })
              .strict(),
          )
          .min(1, 'an order needs at least one line')
          .max(50),
      })
      .strict(),
    output: z.object({ id: z.string(), orderNumber: z.string(), goodsTotalFen: z.number().int(), lineIds: z.array(z.string()) }),
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'orders.list': defineMethod({
    summary: `Orders, newest paid first: search by order number, tracking number or SKU code (prefix), filter by store and paid date; pages of at most ${maxOrdersPage}, at most ${maxOrdersListed} deep.`,
    input: ordersFilterSchema
      .extend({
        limit: z.number().int().min(1).max(maxOrdersPage).default(50),
        offset: z
          .number()
          .int()
          .min(0)
          .max(maxOrdersListed, `Only the first ${maxOrdersListed} matches can be paged; narrow the search.`)
          .default(0),
      })
      .strict(),
    output: z.object({
      rows: z.array(orderListRowSchema),
      /** Matches, counted up to maxOrdersListed; `totalCapped` says there are more. */
      total: z.number().int(),
      totalCapped: z.boolean(),
      /** The store filter's choices. */
      stores: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    roles: orderReaderRoles,
    access: 'read',
  }),
} as const;
