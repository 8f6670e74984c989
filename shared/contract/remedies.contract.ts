import { z } from 'zod';
import { defineMethod } from './define';
import { reasonCategories } from '../domain/aftersales';
import { compensationKinds, manualCompensationKinds, remedyAnswers, remedyKinds } from '../domain/remedies';
import { remedyRoutes } from '../domain/remedy-cost';

const id = z.string().min(1).max(64);
/**
 * Money as the agent typed it, in fen. The sign is checked by the handler (offerProblem) so that a negative
 * amount gets its own sentence ("an amount cannot be negative") rather than a generic "not filled in correctly".
 */
const fen = z.number().int('amounts are whole fen').min(-100_000_00).max(100_000_00);
const note = z.string().trim().max(500);

const remedySchema = z.object({
  id: z.string(),
  kind: z.enum(remedyKinds),
  amountFen: z.number().nullable(),
  couponThresholdFen: z.number().nullable(),
  couponExpiresAt: z.number().nullable(),
  note: z.string().nullable(),
  offeredByName: z.string().nullable(),
  offeredAt: z.number(),
  answer: z.enum(remedyAnswers).nullable(),
  answerText: z.string().nullable(),
  answeredAt: z.number().nullable(),
  agreedAt: z.number().nullable(),
  agreedByName: z.string().nullable(),
  voidedAt: z.number().nullable(),
  voidReason: z.string().nullable(),
});
export type RemedyView = z.infer<typeof remedySchema>;

const ledgerEntrySchema = z.object({
  id: z.string(),
  remedyId: z.string().nullable(),
  kind: z.enum(compensationKinds),
  amountFen: z.number(),
  paidAt: z.number(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  voidedAt: z.number().nullable(),
  voidReason: z.string().nullable(),
});
export type LedgerEntryView = z.infer<typeof ledgerEntrySchema>;

const costTermSchema = z.object({
  term: z.enum([
    'refund',
    'goods_not_recovered',
    'return_freight',
    'labour',
    'expected_resale',
    'partial_refund',
    'replacement_goods',
    'outbound_freight',
  ]),
  fen: z.number(),
  quantity: z.number().optional(),
  unitCostFen: z.number().optional(),
  paidBy: z.enum(['merchant', 'buyer']).optional(),
  minutes: z.number().optional(),
  labourFenPerHour: z.number().optional(),
  valuePercent: z.number().optional(),
  inspections: z.number().optional(),
  percent: z.number().optional(),
  refundFen: z.number().optional(),
});
export type CostTermView = z.infer<typeof costTermSchema>;

const adviceSchema = z.object({
  routes: z.array(z.object({ route: z.enum(remedyRoutes), allowed: z.boolean(), terms: z.array(costTermSchema), totalFen: z.number() })),
  recommended: z.enum(remedyRoutes).nullable(),
  reasonCategory: z.enum(reasonCategories),
  /** Where "who pays freight" and "which routes" came from: the stand-in until the law functions are wired. */
});
export type AdviceView = z.infer<typeof adviceSchema>;

const decisionSchema = z.object({
  chosenRoute: z.enum(remedyRoutes),
  recommendedRoute: z.enum(remedyRoutes).nullable(),
  overrideReason: z.string().nullable(),
  decidedAt: z.number(),
  decidedByName: z.string().nullable(),
});

export const remediesViewSchema = z.object({
  caseId: z.string(),
  remedies: z.array(remedySchema),
  ledger: z.array(ledgerEntrySchema),
  /** Sum of the ledger's live (not voided) entries. */
  ledgerTotalFen: z.number(),
  advice: adviceSchema,
  /** The latest route chosen against the advice, or null. */
  decision: decisionSchema.nullable(),
  /** False on a voided or finished case: no new offers. */
  canOffer: z.boolean(),
});
export type RemediesView = z.infer<typeof remediesViewSchema>;

const roles = ['owner', 'service'] as const;

export const remediesContract = {
  'remedies.list': defineMethod({
    summary: 'A case’s remedies with the buyer’s answers, its compensation ledger and total, and the cheapest-remedy advice.',
    input: z.object({ caseId: id }).strict(),
    output: remediesViewSchema,
    roles,
    access: 'read',
  }),
  'remedies.offer': defineMethod({
    summary: 'Record a remedy offered to the buyer (full or partial refund, return, exchange, resend, repair, coupon, small payment).',
    input: z
      .object({
        caseId: id,
        kind: z.enum(remedyKinds),
        amountFen: fen.optional(),
        couponThresholdFen: fen.optional(),
        couponExpiresAt: z.number().int().min(0).max(8_640_000_000_000_000).optional(),
        note: note.optional(),
      })
      .strict(),
    output: remediesViewSchema,
    roles,
    access: 'write',
  }),
  'remedies.answer': defineMethod({
    summary: 'Record the buyer’s answer to an offer: accepted, declined, or a counter-offer with its terms. Once per offer.',
    input: z.object({ remedyId: id, answer: z.enum(remedyAnswers), answerText: note.optional() }).strict(),
    output: remediesViewSchema,
    roles,
    access: 'write',
  }),
  'remedies.agree': defineMethod({
    summary: 'Mark an offer as the finally agreed remedy (one per case); its money is posted to the compensation ledger.',
    input: z.object({ remedyId: id }).strict(),
    output: remediesViewSchema,
    roles,
    access: 'write',
  }),
  'remedies.void': defineMethod({
    summary: 'Withdraw an offer made by mistake, with a reason; its ledger entry (if agreed) is voided with it. Nothing is deleted.',
    input: z.object({ remedyId: id, voidReason: z.string().trim().min(2, 'reason is required').max(500) }).strict(),
    output: remediesViewSchema,
    roles,
    access: 'write',
  }),
  'remedies.addPayment': defineMethod({
    summary: 'Add money paid out by hand to the case’s ledger (return or resend freight the merchant paid, a small payment, other).',
    input: z.object({ caseId: id, kind: z.enum(manualCompensationKinds), amountFen: fen, note: note.optional() }).strict(),
    output: remediesViewSchema,
    roles,
    access: 'write',
  }),
  'remedies.voidPayment': defineMethod({
    summary: 'Void a ledger entry made by mistake, with a reason.',
    input: z.object({ entryId: id, voidReason: z.string().trim().min(2, 'reason is required').max(500) }).strict(),
    output: remediesViewSchema,
    roles,
    access: 'write',
  }),
  'remedies.chooseRoute': defineMethod({
    summary: 'Record the route the agent takes against the cheapest-remedy advice; a route other than the recommended one needs a reason.',
    input: z.object({ caseId: id, route: z.enum(remedyRoutes), overrideReason: note.optional() }).strict(),
    output: remediesViewSchema,
    roles,
    access: 'write',
  }),
} as const;
