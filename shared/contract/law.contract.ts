import { z } from 'zod';
import { freightPayers, returnExceptions } from '../domain/return-law';
import { defineMethod } from './define';

/**
 * The law and the shop's policy on each case (issue 15, item 4; shared/domain/return-law.ts): the verdict of a case,
 * the products' return exceptions (owner), and who paid a case's return freight.
 */
const id = z.string().min(1).max(64);
const ruleSource = z.enum(['cpl_23', 'cpl_24', 'cpl_25', 'ecl_51', 'measures_2017', 'shop_policy']);
const ms = z.number().int();

export const caseVerdictSchema = z.object({
  basis: z.enum(['quality', 'no_reason', 'unclear']),
  window: z.object({
    from: z.enum(['signed', 'confirmed']).nullable(),
    startAt: ms.nullable(),
    endAt: ms.nullable(),
    dayAfterStart: z.number().int().nullable(),
    within: z.boolean().nullable(),
    days: z.number().int(),
    rule: ruleSource,
    lengthRule: ruleSource,
  }),
  exception: z.object({
    kind: z.enum(returnExceptions).nullable(),
    status: z.enum(['applies', 'if_opened', 'not_opened', 'none']),
    rule: ruleSource,
  }),
  noReason: z.object({ conclusion: z.enum(['allowed', 'excluded', 'window_passed', 'unknown', 'not_claimed']), rule: ruleSource }),
  qualityRemedy: z.object({ remedy: z.enum(['return', 'exchange_or_repair', 'unknown']), rule: ruleSource }).nullable(),
  freight: z.object({
    expected: z.enum([...freightPayers, 'not_applicable', 'depends']),
    recorded: z.enum(freightPayers).nullable(),
    mismatch: z.boolean(),
    rule: ruleSource,
  }),
  refund: z.object({ hours: z.number().int(), cappedByLaw: z.boolean(), dueAt: ms.nullable(), rule: ruleSource }).nullable(),
  burdenOfProof: z.object({ sellerBears: z.boolean(), endsAt: ms.nullable(), rule: ruleSource }).nullable(),
});

export const caseLawSchema = z.object({
  verdict: caseVerdictSchema,
  productName: z.string().nullable(),
  signedAt: ms.nullable(),
  confirmedAt: ms.nullable(),
  receivedAt: ms.nullable(),
  freightAmountFen: z.number().int().nullable(),
  /** The part of the freight the merchant paid: what the cost of returns counts. */
  merchantFreightFen: z.number().int(),
});
export type CaseLaw = z.infer<typeof caseLawSchema>;

export const productRuleSchema = z.object({
  productId: z.string(),
  name: z.string(),
  productCode: z.string().nullable(),
  skuCodes: z.array(z.string()),
  returnException: z.enum(returnExceptions).nullable(),
  durable: z.boolean(),
});
export type ProductRule = z.infer<typeof productRuleSchema>;

export const lawContract = {
  'law.caseVerdict': defineMethod({
    summary:
      'The law and the policy on one case: the 7-day window from signing, the product’s exception, who pays return freight, the refund deadline and the Art. 23 flag, each with its rule.',
    input: z.object({ caseId: id }).strict(),
    output: caseLawSchema,
    roles: 'anyUser',
    access: 'read',
  }),
  'law.products': defineMethod({
    summary: 'Products with their return exception and durable flag (owner), filtered by name or code; and the exceptions in use.',
    input: z
      .object({
        q: z.string().trim().max(80).optional(),
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ rows: z.array(productRuleSchema), total: z.number().int(), exceptionsInUse: z.array(z.enum(returnExceptions)) }),
    roles: ['owner'],
    access: 'read',
  }),
  'law.setProductRule': defineMethod({
    summary: 'Set a product’s return exception (or none) and whether it is durable goods (owner); audited.',
    input: z.object({ productId: id, returnException: z.enum(returnExceptions).nullable(), durable: z.boolean() }).strict(),
    output: productRuleSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'law.recordFreight': defineMethod({
    summary:
      'Record who paid a case’s return freight and how much; the merchant’s part goes into the cost of returns. Refused on a voided case.',
    input: z
      .object({
        caseId: id,
        freightPayer: z.enum(freightPayers),
        freightAmountFen: z
          .number()
          .int('freightAmountFen must be whole fen')
          .min(0, 'freightAmountFen cannot be negative')
          .max(100_000_00),
      })
      .strict(),
    output: caseLawSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
} as const;
