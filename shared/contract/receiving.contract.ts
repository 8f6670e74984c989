import { z } from 'zod';
import { packageConditions } from '../domain/inspection';
import { defineMethod } from './define';
import { caseCardSchema, scanCodeSchema } from './scan.contract';

/** Reasons the station flags a receipt loudly: the parcel may not belong where it is going. */
export const receiptFlags = ['case_finished', 'order_mismatch', 'case_voided', 'not_a_return'] as const;
export type ReceiptFlag = (typeof receiptFlags)[number];

export const receivingContract = {
  'receiving.receive': defineMethod({
    summary:
      'Mark a case’s goods received (time, who, package condition); status → received. Flags a parcel for a finished case or for another order than the scanned one.',
    input: z
      .object({
        caseId: z.string().min(1).max(64),
        packageCondition: z.enum(packageConditions),
        note: z.string().trim().max(500, 'A receipt note has at most 500 characters.').optional(),
        /** The code scanned to find the case, to check the parcel belongs to the case's order. */
        scannedCode: scanCodeSchema.optional(),
      })
      .strict(),
    output: z.object({ case: caseCardSchema, flags: z.array(z.enum(receiptFlags)) }),
    roles: ['owner', 'inspector'],
    access: 'write',
  }),
} as const;
