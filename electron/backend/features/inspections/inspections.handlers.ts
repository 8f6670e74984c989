import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import { finishedCaseStatuses, type CaseStatus } from '../../../../shared/domain/aftersales';
import { suggestOutcome } from '../../../../shared/domain/outcome';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { setInspectionOutcome } from '../cases/cases.repository';
import { findCaseRow } from '../receiving/receipt';
import { findCaseCard } from '../scan/case-card.repository';
import { missingDecisions, upsertDraft } from './inspection-drafts';
import { readPolicy } from '../settings/policy.repository';
import {
  findInspectionRow,
  findOpenDraft,
  inspectionsInProgress,
  loadInspection,
  pastInspectionIds,
  updateInspection,
} from './inspections.repository';

const requireInspection = (ctx: HandlerContext, id: string) => {
  const inspection = loadInspection(ctx.db, id);
  if (!inspection) throw notFound('inspection_not_found', {}, 'Inspection not found', { id });
  return inspection;
};

const requireCard = (ctx: HandlerContext, caseId: string) => {
  const card = findCaseCard(ctx.db, caseId);
  if (!card) throw notFound('case_not_found', {}, 'Case not found', { caseId });
  return card;
};

/** Statuses an inspection moves forward to `inspected`; platform states after it are left alone. */
const advancesToInspected: readonly CaseStatus[] = ['pending_merchant', 'awaiting_return', 'received', 'other'];

/** A claim of something wrong that the inspection confirms must show what was wrong: that is the dispute evidence. */
const needsEvidence = (reason: string, claimMatch: string | null) =>
  reason !== 'no_reason_7day' && (claimMatch === 'yes' || claimMatch === 'partly');

export const inspectionsHandlers = defineHandlers({
  'inspections.inProgress': (_input, ctx) => inspectionsInProgress(ctx.db),

  'inspections.forCase': (input, ctx) => {
    const card = requireCard(ctx, input.caseId);
    const draft = findOpenDraft(ctx.db, input.caseId);
    return {
      case: card,
      draft: draft ? requireInspection(ctx, draft.id) : null,
      history: pastInspectionIds(ctx.db, input.caseId).map((id) => requireInspection(ctx, id)),
    };
  },

  'inspections.get': (input, ctx) => requireInspection(ctx, input.id),

  'inspections.saveDraft': (input, ctx) => {
    const user = ctx.requireUser();
    const { caseId, ...fields } = input;
    const caseRow = findCaseRow(ctx.db, caseId);
    const { id, created } = upsertDraft(ctx.db, caseRow, user, fields, ctx.env.now());
    const draft = requireInspection(ctx, id);
    ctx.audit({ entity: 'inspection', entityId: id, action: created ? 'start_draft' : 'save_draft', after: { caseId, ...fields } });
    return draft;
  },

  'inspections.complete': (input, ctx) => {
    const user = ctx.requireUser();
    const { caseId, ...fields } = input;
    const caseRow = findCaseRow(ctx.db, caseId);
    if (caseRow.received_at === null) {
      throw conflict(
        'receive_before_inspecting',
        { caseNumber: caseRow.case_number },
        `Receive the parcel of case ${caseRow.case_number} before completing its inspection.`,
        { caseId },
      );
    }
    const now = ctx.env.now();
    const { id } = upsertDraft(ctx.db, caseRow, user, fields, now);
    const row = findInspectionRow(ctx.db, id);
    if (!row) throw notFound('inspection_not_found', {}, 'Inspection not found', { id });
    const missing = missingDecisions(row);
    if (missing.length > 0)
      throw invalid('inspection_choices_missing', { choices: missing }, `Before completing, choose: ${missing.join(', ')}.`, { missing });
    const draft = requireInspection(ctx, id);
    if (needsEvidence(caseRow.reason_category, row.claim_match) && draft.defects.length === 0 && draft.missingParts.length === 0) {
      throw invalid(
        'inspection_needs_evidence',
        {},
        'The claim is confirmed but no defect or missing part is recorded; add what was found (it is the evidence).',
        {
          missing: ['defects'],
        },
      );
    }
    if (!row.grade || !row.claim_match || !row.fault)
      throw invalid(
        'inspection_choices_missing',
        { choices: ['grade', 'claimMatch', 'fault'] },
        'Grade, claim match and fault are required.',
      );

    const suggestion = suggestOutcome(
      {
        type: caseRow.type,
        reasonCategory: caseRow.reason_category,
        refundFen: caseRow.refund_fen,
        orderAmountFen: caseRow.order_amount_fen,
      },
      {
        grade: row.grade,
        claimMatch: row.claim_match,
        fault: row.fault,
        severeDefects: draft.defects.filter((d) => d.class !== 'minor').length,
      },
      readPolicy(ctx.db).outcome,
    );
    // The person who completes it answers for it, even when a colleague started the draft.
    updateInspection(ctx.db, id, { state: 'completed', completed_at: now, inspector_id: user.id, updated_at: now });
    const finished = finishedCaseStatuses.includes(caseRow.status);
    const status: CaseStatus = !finished && advancesToInspected.includes(caseRow.status) ? 'inspected' : caseRow.status;
    setInspectionOutcome(ctx.db, caseId, { status, suggestedOutcome: suggestion.outcome, suggestedRefundFen: suggestion.refundFen }, now);
    const inspection = requireInspection(ctx, id);
    ctx.audit({ entity: 'inspection', entityId: id, action: 'complete', after: { ...inspection, suggestion } });
    ctx.audit({
      entity: 'case',
      entityId: caseId,
      action: 'inspected',
      before: { status: caseRow.status, suggestedOutcome: caseRow.suggested_outcome, suggestedRefundFen: caseRow.suggested_refund_fen },
      after: {
        status,
        suggestedOutcome: suggestion.outcome,
        suggestedRefundFen: suggestion.refundFen,
        inspectionId: id,
        grade: row.grade,
        disposition: row.disposition,
      },
    });
    return { inspection, case: requireCard(ctx, caseId), suggestion };
  },

  'inspections.void': (input, ctx) => {
    const before = requireInspection(ctx, input.id);
    if (before.state === 'voided') throw conflict('inspection_already_voided', {}, 'This inspection is already voided.', { id: input.id });
    const now = ctx.env.now();
    updateInspection(ctx.db, input.id, { state: 'voided', void_reason: input.reason, updated_at: now });
    ctx.audit({ entity: 'inspection', entityId: input.id, action: 'void', before, after: { state: 'voided', voidReason: input.reason } });
    const caseRow = findCaseRow(ctx.db, before.caseId);
    if (before.state === 'completed' && caseRow.status === 'inspected') {
      // The suggestion came from this inspection; without it the case waits for a new one.
      setInspectionOutcome(ctx.db, caseRow.id, { status: 'received', suggestedOutcome: null, suggestedRefundFen: null }, now);
      ctx.audit({
        entity: 'case',
        entityId: caseRow.id,
        action: 'inspection_voided',
        before: { status: 'inspected' },
        after: { status: 'received', inspectionId: input.id },
      });
    }
    return requireInspection(ctx, input.id);
  },
});
