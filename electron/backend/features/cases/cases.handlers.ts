import { conflict, notFound } from '../../../../shared/contract/errors';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { readPolicy } from '../settings/policy.repository';
import { clockSyncOf, syncCaseClocks } from '../clocks/clocks.repository';
import { caseDetail, findCaseRecord } from './cases.detail';
import { listCases } from './cases.list';
import { applyCaseChange, auditView, insertManualCase, markVoided } from './cases.repository';

const requireCase = (ctx: HandlerContext, id: string) => {
  const record = findCaseRecord(ctx.db, id);
  if (!record) throw notFound('case_not_found', {}, 'Case not found', { field: 'id', id });
  return record;
};

export const casesHandlers = defineHandlers({
  'cases.list': (input, ctx) => listCases(ctx.db, input, ctx.env.now()),

  'cases.get': (input, ctx) => caseDetail(ctx.db, input.id),

  'cases.update': (input, ctx) => {
    const before = requireCase(ctx, input.id);
    const { id, ...change } = input;
    applyCaseChange(ctx.db, before, change, ctx.env.now());
    const after = requireCase(ctx, id);
    // A status change moves the clocks: back to the merchant re-arms, resolving arms the follow-up.
    if (after.status !== before.status) {
      syncCaseClocks(clockSyncOf(ctx), id, { resolved: after.resolved_at !== null && after.resolved_at !== before.resolved_at });
    }
    const action = change.markResponded && Object.keys(change).length === 1 ? 'mark_responded' : 'update';
    ctx.audit({ entity: 'case', entityId: id, action, before: auditView(before), after: auditView(after) });
    return caseDetail(ctx.db, id);
  },

  'cases.void': (input, ctx) => {
    const before = requireCase(ctx, input.id);
    if (before.voided_at !== null) throw conflict('case_already_voided', {}, 'This case is already voided.', { field: 'id' });
    markVoided(ctx.db, input.id, ctx.env.now());
    syncCaseClocks(clockSyncOf(ctx), input.id);
    const after = requireCase(ctx, input.id);
    ctx.audit({
      entity: 'case',
      entityId: input.id,
      action: 'void',
      before: auditView(before),
      after: { ...auditView(after), reason: input.reason },
    });
    return caseDetail(ctx.db, input.id);
  },

  'cases.create': (input, ctx) => {
    const id = insertManualCase(ctx.db, input, ctx.env.now(), readPolicy(ctx.db).responseHours);
    ctx.audit({ entity: 'case', entityId: id, action: 'create', after: { ...input, id } });
    const created = requireCase(ctx, id);
    if (created.merchant_deadline_at !== null) {
      const reason = input.deadlineAt === undefined ? 'policy_default' : 'entered';
      syncCaseClocks(clockSyncOf(ctx), id, { respond: { dueAt: created.merchant_deadline_at, reason } });
    }
    return caseDetail(ctx.db, id);
  },
});
