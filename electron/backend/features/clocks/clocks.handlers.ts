import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import { finishedCaseStatuses } from '../../../../shared/domain/aftersales';
import { merchantClockKinds, type ClockKind } from '../../../../shared/domain/clocks';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { armClock, clockSyncOf, findCaseRow, findClock, markFirstResponse, stopClock } from './clocks.repository';
import { caseClocksView, openTasks } from './clocks.queries';

const view = (ctx: HandlerContext, caseId: string) => {
  const clocks = caseClocksView(ctx.db, caseId, ctx.env.now());
  if (!clocks) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: caseId });
  return clocks;
};

const requireCase = (ctx: HandlerContext, caseId: string) => {
  const row = findCaseRow(ctx.db, caseId);
  if (!row) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: caseId });
  if (row.voided_at !== null) throw conflict('case_voided', {}, 'This case was voided; it can no longer be changed.', { field: 'caseId' });
  return row;
};

const isMerchantClock = (kind: ClockKind) => (merchantClockKinds as readonly ClockKind[]).includes(kind);

export const clocksHandlers = defineHandlers({
  'clocks.forCase': (input, ctx) => view(ctx, input.caseId),

  'clocks.set': (input, ctx) => {
    const user = ctx.requireUser();
    const row = requireCase(ctx, input.caseId);
    const now = ctx.env.now();
    // A time typed by hand that has passed is a mistake (most often the wrong day picked): the task would be late at once.
    if (input.dueAt <= now)
      throw invalid('clock_due_in_past', {}, 'dueAt: the time has already passed.', { field: 'dueAt', dueAt: input.dueAt, now });
    const finished = finishedCaseStatuses.includes(row.status);
    if (finished && input.kind !== 'follow_up')
      throw conflict('clock_case_finished', {}, 'The case is finished; no evidence deadline or promised update.', { field: 'kind' });
    if (input.kind === 'evidence' && row.status !== 'platform_review' && row.dispute !== 1)
      throw conflict('evidence_without_intervention', {}, 'An evidence deadline applies only while the platform intervenes.', {
        field: 'kind',
      });
    const sync = clockSyncOf(ctx, user.id);
    armClock(sync, {
      caseId: row.id,
      caseNumber: row.case_number,
      kind: input.kind,
      dueAt: input.dueAt,
      reason: 'entered',
      note: input.note || null,
    });
    // Promising the buyer an update is answering them.
    if (input.kind === 'promised_update' && markFirstResponse(ctx.db, row.id, now)) {
      ctx.audit({
        entity: 'case',
        entityId: row.id,
        action: 'mark_responded',
        before: { caseNumber: row.case_number, respondedAt: null },
        after: { caseNumber: row.case_number, respondedAt: now, by: 'promised_update' },
      });
    }
    return view(ctx, row.id);
  },

  'clocks.complete': (input, ctx) => {
    const user = ctx.requireUser();
    const clock = findClock(ctx.db, input.clockId);
    if (!clock) throw notFound('clock_not_found', {}, 'Clock not found', { field: 'clockId' });
    const row = requireCase(ctx, clock.case_id);
    if (isMerchantClock(clock.kind))
      throw conflict('clock_not_a_task', {}, 'The respond and refund clocks follow the case status.', { field: 'clockId' });
    if (clock.stopped_at !== null) throw conflict('clock_already_stopped', {}, 'This clock already stopped.', { field: 'clockId' });
    if (clock.kind === 'follow_up') {
      if (!input.outcome) throw invalid('follow_up_outcome_required', {}, 'outcome: answered or no_answer', { field: 'outcome' });
      if (input.outcome === 'answered' && input.satisfaction === undefined)
        throw invalid('satisfaction_required', {}, 'satisfaction: 1 to 5 when the buyer answered', { field: 'satisfaction' });
      if (input.outcome === 'no_answer' && input.satisfaction !== undefined)
        throw invalid('satisfaction_without_answer', {}, 'satisfaction: none when the buyer did not answer', { field: 'satisfaction' });
    }
    stopClock(clockSyncOf(ctx, user.id), clock, row.case_number, {
      reason: 'met',
      ...(clock.kind === 'follow_up' && { followUpOutcome: input.outcome, satisfaction: input.satisfaction ?? null }),
      comment: input.comment || null,
    });
    return view(ctx, row.id);
  },

  'clocks.tasks': (input, ctx) => {
    const user = ctx.requireUser();
    return { ...openTasks(ctx.db, input.scope === 'mine' ? user.id : null, input.limit), now: ctx.env.now() };
  },
});
