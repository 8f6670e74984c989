import { clockSyncOf } from '../clocks/clocks.repository';
import { notFound } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';
import { findCaseCard } from '../scan/case-card.repository';
import { findCaseRow, markReceived, receiptFlagsFor } from './receipt';

export const receivingHandlers = defineHandlers({
  'receiving.receive': (input, ctx) => {
    const user = ctx.requireUser();
    const row = findCaseRow(ctx.db, input.caseId);
    const flags = receiptFlagsFor(ctx.db, row, input.scannedCode);
    const now = ctx.env.now();
    const change = markReceived(ctx.db, row, { at: now, by: user.id, condition: input.packageCondition }, now, clockSyncOf(ctx));
    ctx.audit({
      entity: 'case',
      entityId: row.id,
      action: 'receive',
      before: change.before,
      after: { ...change.after, note: input.note ?? null, scannedCode: input.scannedCode ?? null, flags },
    });
    const card = findCaseCard(ctx.db, row.id);
    if (!card) throw notFound('case_not_found', {}, 'Case not found', { caseId: row.id });
    return { case: card, flags };
  },
});
