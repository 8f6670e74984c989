import { z } from 'zod';
import { orderStatuses } from '../domain/aftersales';
import { defineMethod } from './define';
import { epochMs } from './time';

const fen = (field: string) => z.number().int(`${field} must be whole fen`).min(0, `${field} cannot be negative`);

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
} as const;
