import { notFound } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';
import { findCaseCard } from './case-card.repository';
import { lookupCode } from './scan-lookup';

export const scanHandlers = defineHandlers({
  'scan.lookup': (input, ctx) => lookupCode(ctx.db, input.code),

  'scan.case': (input, ctx) => {
    const card = findCaseCard(ctx.db, input.caseId);
    if (!card) throw notFound('case_not_found', {}, 'Case not found', { caseId: input.caseId });
    return card;
  },
});
