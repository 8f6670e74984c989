import type { CaseLaw } from '../../../../shared/contract/law.contract';
import { conflict, notFound } from '../../../../shared/contract/errors';
import { caseVerdict } from '../../../../shared/domain/return-law';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { readPolicy } from '../settings/policy.repository';
import { caseLawFacts, exceptionsInUse, findProductRule, listProductRules, recordFreight, setProductRule } from './law.repository';

/** The case's verdict under the current policy: refundHours and noReasonWindowDays drive it (issue 15, item 4). */
const caseLaw = (ctx: HandlerContext, caseId: string): CaseLaw & { voided: boolean; caseNumber: string } => {
  const found = caseLawFacts(ctx.db, caseId);
  if (!found) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId' });
  const policy = readPolicy(ctx.db);
  const verdict = caseVerdict(found.facts, {
    noReasonWindowDays: policy.noReasonWindowDays,
    refundHours: policy.refundHours,
    freeReturnShipping: policy.law.freeReturnShipping,
  });
  const { row } = found;
  return {
    verdict,
    productName: row.productName,
    signedAt: row.signedAt,
    confirmedAt: row.confirmedAt,
    receivedAt: row.receivedAt,
    freightAmountFen: row.freightAmountFen,
    merchantFreightFen: row.merchantFreightFen,
    voided: row.voidedAt !== null,
    caseNumber: row.caseNumber,
  };
};

const withoutVoided = ({ voided: _voided, caseNumber: _caseNumber, ...law }: CaseLaw & { voided: boolean; caseNumber: string }): CaseLaw =>
  law;

export const lawHandlers = defineHandlers({
  'law.caseVerdict': (input, ctx) => withoutVoided(caseLaw(ctx, input.caseId)),

  'law.products': (input, ctx) => ({
    ...listProductRules(ctx.db, input.q || undefined, input.limit, input.offset),
    exceptionsInUse: exceptionsInUse(ctx.db),
  }),

  'law.setProductRule': (input, ctx) => {
    const before = findProductRule(ctx.db, input.productId);
    if (!before) throw notFound('product_not_found', {}, 'Product not found', { field: 'productId' });
    setProductRule(ctx.db, input.productId, input.returnException, input.durable);
    const after = findProductRule(ctx.db, input.productId);
    if (!after) throw notFound('product_not_found', {}, 'Product not found', { field: 'productId' });
    ctx.audit({
      entity: 'product',
      entityId: input.productId,
      action: 'set_return_rule',
      before: { name: before.name, returnException: before.returnException, durable: before.durable },
      after: { name: after.name, returnException: after.returnException, durable: after.durable },
    });
    return after;
  },

  'law.recordFreight': (input, ctx) => {
    const before = caseLaw(ctx, input.caseId);
    if (before.voided) throw conflict('case_voided', {}, 'This case was voided; it can no longer be changed.', { field: 'caseId' });
    recordFreight(ctx.db, input.caseId, input.freightPayer, input.freightAmountFen, ctx.env.now());
    const after = caseLaw(ctx, input.caseId);
    ctx.audit({
      entity: 'case',
      entityId: input.caseId,
      action: 'record_freight',
      before: { caseNumber: before.caseNumber, freightPayer: before.verdict.freight.recorded, freightAmountFen: before.freightAmountFen },
      after: { caseNumber: before.caseNumber, freightPayer: input.freightPayer, freightAmountFen: input.freightAmountFen },
    });
    return withoutVoided(after);
  },
});
