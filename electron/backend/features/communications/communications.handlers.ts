import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import { unfilledPlaceholders } from '../../../../shared/domain/reply-templates';
import { defineHandlers } from '../../core/context';
import { newId } from '../../core/ids';
import { communicationsOf, findCaseRecord } from '../cases/cases.detail';
import { markRespondedIfFirst } from '../cases/cases.repository';
import { findTemplate } from '../templates/templates.repository';
import { insertCommunication } from './communications.repository';

export const communicationsHandlers = defineHandlers({
  'communications.add': (input, ctx) => {
    const user = ctx.requireUser();
    const record = findCaseRecord(ctx.db, input.caseId);
    if (!record) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: input.caseId });
    if (record.voided_at !== null)
      throw conflict('case_voided', {}, 'This case was voided; messages can no longer be added.', { field: 'caseId' });
    // A buyer must never receive "{订单号}": the composer refuses it too, but the rule is the backend's.
    const placeholder = input.direction === 'outbound' ? unfilledPlaceholders(input.text)[0] : undefined;
    if (placeholder !== undefined)
      throw invalid('reply_unfilled_placeholder', { placeholder }, `The reply still contains the placeholder ${placeholder}.`, {
        field: 'text',
      });
    const templateId = input.direction === 'outbound' ? input.templateId : undefined;
    if (templateId !== undefined) {
      const template = findTemplate(ctx.db, templateId);
      if (!template) throw notFound('reply_template_not_found', {}, 'Reply template not found', { field: 'templateId', id: templateId });
      if (!template.active)
        throw conflict('reply_template_inactive', { title: template.titleZh }, 'That reply template is switched off.', {
          field: 'templateId',
        });
    }
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
      template_id: templateId ?? null,
    });
    ctx.audit({
      entity: 'communication',
      entityId: id,
      action: 'add',
      after: { caseId: input.caseId, direction: input.direction, channel: input.channel, text: input.text, templateId: templateId ?? null },
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
