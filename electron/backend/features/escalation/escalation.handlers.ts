import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import {
  decisionAmountProblem,
  nextEscalationLevel,
  reasonNeedsText,
  type EscalationAction,
  type EscalationLevel,
} from '../../../../shared/domain/escalation';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import { run, sql$ } from '../../db/query';
import { armClock, clockSyncOf, findCaseRow, findClock, stopClock } from '../clocks/clocks.repository';
import {
  appendStep,
  countCaseAttachments,
  countCaseMessages,
  decideIntervention,
  escalationLevelOf,
  escalationQueue,
  insertIntervention,
  insertSubmission,
  loadEscalation,
  openInterventionOf,
} from './escalation.repository';

const view = (ctx: HandlerContext, caseId: string) => {
  const escalation = loadEscalation(ctx.db, caseId, ctx.env.now());
  if (!escalation) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: caseId });
  return escalation;
};

const requireCase = (ctx: HandlerContext, caseId: string) => {
  const row = findCaseRow(ctx.db, caseId);
  if (!row) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: caseId });
  if (row.voided_at !== null) throw conflict('case_voided', {}, 'This case was voided; it can no longer be changed.', { field: 'caseId' });
  return row;
};

/** The level after `action`, or the refusal that says why the case cannot take that move now. */
const requireMove = (level: EscalationLevel, action: EscalationAction): EscalationLevel => {
  const next = nextEscalationLevel(level, action);
  if (next !== null) return next;
  const details = { level, action };
  if (action === 'hand_back') throw conflict('escalation_not_with_owner', {}, 'The case is not with the owner.', details);
  if (action === 'evidence' || action === 'decide')
    throw conflict('intervention_not_open', {}, 'No platform intervention is open on this case.', details);
  if (level === 'platform') {
    if (action === 'to_platform') throw conflict('intervention_already_open', {}, 'A platform intervention is already open.', details);
    throw conflict('escalation_with_platform', {}, 'The platform is intervening; record its decision first.', details);
  }
  throw conflict('escalation_already_with_owner', {}, 'The case is already with the owner.', details);
};

/** A time the platform gave (entered by hand): not in the future, not before the intervention opened. */
const pastTime = (ctx: HandlerContext, at: number | undefined, field: string): number => {
  const now = ctx.env.now();
  const value = at ?? now;
  if (value > now) throw invalid('intervention_time_in_future', {}, `${field}: later than now`, { field, value, now });
  return value;
};

const levelAudit = (caseNumber: string, level: EscalationLevel) => ({ caseNumber, escalationLevel: level });

export const escalationHandlers = defineHandlers({
  'escalation.forCase': (input, ctx) => view(ctx, input.caseId),

  'escalation.toOwner': (input, ctx) => {
    const user = ctx.requireUser();
    const row = requireCase(ctx, input.caseId);
    const level = escalationLevelOf(ctx.db, row.id);
    const next = requireMove(level, 'to_owner');
    const note = input.note || null;
    if (reasonNeedsText(input.reason) && !note)
      throw invalid('escalation_reason_text_required', {}, 'note: required when the reason is other', { field: 'note' });
    const now = ctx.env.now();
    appendStep(ctx.db, {
      caseId: row.id,
      action: 'to_owner',
      levelAfter: next,
      reason: input.reason,
      note,
      happenedAt: now,
      recordedAt: now,
      recordedBy: user.id,
    });
    ctx.audit({
      entity: 'case',
      entityId: row.id,
      action: 'escalate_to_owner',
      before: levelAudit(row.case_number, level),
      after: { ...levelAudit(row.case_number, next), escalationReason: input.reason, note },
    });
    return view(ctx, row.id);
  },

  'escalation.handBack': (input, ctx) => {
    const user = ctx.requireUser();
    const row = requireCase(ctx, input.caseId);
    const level = escalationLevelOf(ctx.db, row.id);
    const next = requireMove(level, 'hand_back');
    const now = ctx.env.now();
    appendStep(ctx.db, {
      caseId: row.id,
      action: 'hand_back',
      levelAfter: next,
      note: input.note,
      happenedAt: now,
      recordedAt: now,
      recordedBy: user.id,
    });
    ctx.audit({
      entity: 'case',
      entityId: row.id,
      action: 'escalation_hand_back',
      before: levelAudit(row.case_number, level),
      after: { ...levelAudit(row.case_number, next), note: input.note },
    });
    return view(ctx, row.id);
  },

  'escalation.openIntervention': (input, ctx) => {
    const user = ctx.requireUser();
    const row = requireCase(ctx, input.caseId);
    const level = escalationLevelOf(ctx.db, row.id);
    const next = requireMove(level, 'to_platform');
    const openedAt = pastTime(ctx, input.openedAt, 'openedAt');
    const dueAt = input.evidenceDueAt ?? null;
    if (dueAt !== null && dueAt <= openedAt)
      throw invalid('evidence_due_before_opening', {}, 'evidenceDueAt: before the intervention opened', { field: 'evidenceDueAt' });
    const now = ctx.env.now();
    const note = input.note || null;
    // The platform's deadline is a desk task like any other: the clocks feature arms it, the desk counts it.
    const clockId =
      dueAt === null
        ? null
        : armClock(clockSyncOf(ctx, user.id), {
            caseId: row.id,
            caseNumber: row.case_number,
            kind: 'evidence',
            dueAt,
            reason: 'entered',
            note,
          });
    const id = newId();
    insertIntervention(ctx.db, {
      id,
      case_id: row.id,
      opened_at: openedAt,
      opened_by: user.id,
      evidence_due_at: dueAt,
      evidence_clock_id: clockId,
      note,
      decision: null,
      decision_amount_fen: null,
      decided_at: null,
      decided_by: null,
      decision_note: null,
    });
    appendStep(ctx.db, {
      caseId: row.id,
      action: 'to_platform',
      levelAfter: next,
      note,
      interventionId: id,
      happenedAt: openedAt,
      recordedAt: now,
      recordedBy: user.id,
    });
    if (row.dispute !== 1) run(ctx.db, sql$.updateTable('after_sales_cases').set({ dispute: 1 }).where('id', '=', row.id));
    ctx.audit({
      entity: 'case',
      entityId: row.id,
      action: 'intervention_open',
      before: { ...levelAudit(row.case_number, level), dispute: row.dispute === 1 },
      after: { ...levelAudit(row.case_number, next), dispute: true, openedAt, evidenceDueAt: dueAt, note },
    });
    return view(ctx, row.id);
  },

  'escalation.recordEvidence': (input, ctx) => {
    const user = ctx.requireUser();
    const row = requireCase(ctx, input.caseId);
    requireMove(escalationLevelOf(ctx.db, row.id), 'evidence');
    const open = openInterventionOf(ctx.db, row.id);
    if (!open) throw conflict('intervention_not_open', {}, 'No platform intervention is open on this case.', { field: 'caseId' });
    const submittedAt = pastTime(ctx, input.submittedAt, 'submittedAt');
    if (submittedAt < open.opened_at)
      throw invalid('evidence_before_opening', {}, 'submittedAt: before the intervention opened', { field: 'submittedAt' });
    const attachmentIds = [...new Set(input.attachmentIds)];
    const messageIds = [...new Set(input.messageIds)];
    if (input.items.length + attachmentIds.length + messageIds.length === 0)
      throw invalid('evidence_empty', {}, 'items: list at least one piece of evidence', { field: 'items' });
    if (
      countCaseAttachments(ctx.db, row.id, attachmentIds) !== attachmentIds.length ||
      countCaseMessages(ctx.db, row.id, messageIds) !== messageIds.length
    )
      throw invalid('evidence_not_on_case', {}, 'attachmentIds/messageIds: not all on this case', { field: 'attachmentIds' });
    const now = ctx.env.now();
    const note = input.note || null;
    insertSubmission(ctx.db, {
      interventionId: open.id,
      submittedAt,
      note,
      recordedAt: now,
      recordedBy: user.id,
      items: input.items,
      attachmentIds,
      messageIds,
    });
    appendStep(ctx.db, {
      caseId: row.id,
      action: 'evidence',
      levelAfter: 'platform',
      note,
      interventionId: open.id,
      happenedAt: submittedAt,
      recordedAt: now,
      recordedBy: user.id,
    });
    ctx.audit({
      entity: 'case',
      entityId: row.id,
      action: 'intervention_evidence',
      after: {
        caseNumber: row.case_number,
        submittedAt,
        evidenceItems: input.items.join('；'),
        photoCount: attachmentIds.length,
        messageCount: messageIds.length,
        note,
      },
    });
    return view(ctx, row.id);
  },

  'escalation.recordDecision': (input, ctx) => {
    const user = ctx.requireUser();
    const row = requireCase(ctx, input.caseId);
    const level = escalationLevelOf(ctx.db, row.id);
    const next = requireMove(level, 'decide');
    const open = openInterventionOf(ctx.db, row.id);
    if (!open) throw conflict('intervention_not_open', {}, 'No platform intervention is open on this case.', { field: 'caseId' });
    const amountFen = input.amountFen ?? null;
    const problem = decisionAmountProblem(input.decision, amountFen);
    if (problem === 'amount_required')
      throw invalid('decision_amount_required', {}, 'amountFen: required for this decision', { field: 'amountFen' });
    if (problem === 'amount_not_allowed')
      throw invalid('decision_amount_not_allowed', {}, 'amountFen: none when the merchant wins', { field: 'amountFen' });
    const decidedAt = pastTime(ctx, input.decidedAt, 'decidedAt');
    if (decidedAt < open.opened_at)
      throw invalid('decision_before_opening', {}, 'decidedAt: before the intervention opened', { field: 'decidedAt' });
    const now = ctx.env.now();
    const note = input.note || null;
    // Closing the intervention ends its evidence clock: met when evidence went in, else it no longer applies.
    const clock = open.evidence_clock_id === null ? undefined : findClock(ctx.db, open.evidence_clock_id);
    if (clock && clock.stopped_at === null) {
      const sent = loadEscalation(ctx.db, row.id, now)?.interventions.find((i) => i.id === open.id)?.submissions.length ?? 0;
      stopClock(clockSyncOf(ctx, user.id), clock, row.case_number, { reason: sent > 0 ? 'met' : 'not_applicable' });
    }
    decideIntervention(ctx.db, open.id, {
      decision: input.decision,
      decision_amount_fen: input.decision === 'merchant' ? 0 : amountFen,
      decided_at: decidedAt,
      decided_by: user.id,
      decision_note: note,
    });
    appendStep(ctx.db, {
      caseId: row.id,
      action: 'decide',
      levelAfter: next,
      note,
      interventionId: open.id,
      happenedAt: decidedAt,
      recordedAt: now,
      recordedBy: user.id,
    });
    ctx.audit({
      entity: 'case',
      entityId: row.id,
      action: 'intervention_decide',
      before: levelAudit(row.case_number, level),
      after: {
        ...levelAudit(row.case_number, next),
        decision: input.decision,
        amountFen: input.decision === 'merchant' ? 0 : amountFen,
        decidedAt,
        note,
      },
    });
    return view(ctx, row.id);
  },

  'escalation.queue': (input, ctx) => ({ ...escalationQueue(ctx.db, input.level, input.limit), now: ctx.env.now() }),
});
