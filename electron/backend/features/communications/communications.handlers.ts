import { conflict, notFound } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';
import { newId } from '../../core/ids';
import { communicationsOf, findCaseRecord } from '../cases/cases.detail';
import { markRespondedIfFirst } from '../cases/cases.repository';
import { insertCommunication } from './communications.repository';

export const communicationsHandlers = defineHandlers({
  'communications.add': (input, ctx) => {
    const user = ctx.requireUser();
    const record = findCaseRecord(ctx.db, input.caseId);
    if (!record) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: input.caseId });
    if (record.voided_at !== null)
      throw conflict('case_voided', {}, 'This case was voided; messages can no longer be added.', { field: 'caseId' });
    const now = ctx.env.now();
    const id = newId();
    insertCommunication(ctx.db, {
      id,
      case_id: input.caseId,
      at: now,
      direction: input.direction,
      channel: input.channel,
      author_id: user.id,
      text: input.text,
      created_at: now,
    });
    ctx.audit({
      entity: 'communication',
      entityId: id,
      action: 'add',
      after: { caseId: input.caseId, direction: input.direction, channel: input.channel, text: input.text },
    });
    // The first outbound message is the merchant's answer: it stops the deadline clock.
    if (input.direction === 'outbound' && markRespondedIfFirst(ctx.db, input.caseId, now)) {
      ctx.audit({
        entity: 'case',
        entityId: input.caseId,
        action: 'mark_responded',
        before: { respondedAt: null },
        after: { respondedAt: now, by: 'first_outbound_message' },
      });
    }
    const added = communicationsOf(ctx.db, input.caseId).find((c) => c.id === id);
    if (!added) throw notFound('communication_not_found', {}, 'Communication not found', { id });
    return added;
  },
});
