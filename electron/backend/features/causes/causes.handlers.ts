import type { CaseCauses } from '../../../../shared/contract/causes.contract';
import { AppError, conflict, invalid, notFound } from '../../../../shared/contract/errors';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import { findCaseRecord } from '../cases/cases.detail';
import {
  actionCounts,
  actionPeople,
  caseLinks,
  causesOfCase,
  currentCauseRow,
  exists,
  findAction,
  findCause,
  findCauseNamed,
  insertAction,
  insertCaseCause,
  insertCause,
  listActions,
  listCauses,
  nextCauseSortOrder,
  replaceCurrentCause,
  updateAction,
  updateCause,
  userActive,
} from './causes.repository';

const requireCause = (ctx: HandlerContext, id: string) => {
  const found = findCause(ctx.db, id);
  if (!found) throw notFound('cause_not_found', {}, 'Root cause not found', { field: 'causeId', id });
  return found;
};

const refuseTakenName = (ctx: HandlerContext, names: { nameZh?: string; nameEn?: string }, exceptId?: string) => {
  const taken = findCauseNamed(ctx.db, names, exceptId);
  if (taken) throw conflict('cause_name_taken', { name: taken }, `A root cause named ${taken} already exists.`, { field: 'name' });
};

/** A case that exists and is not voided: a voided case is out of every count, so it takes no cause or action. */
const liveCase = (ctx: HandlerContext, caseId: string) => {
  const record = findCaseRecord(ctx.db, caseId);
  if (!record) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: caseId });
  if (record.voided_at !== null) throw conflict('case_voided', {}, 'This case was voided.', { field: 'caseId' });
  return record;
};

const requireAction = (ctx: HandlerContext, id: string) => {
  const found = findAction(ctx.db, id, ctx.env.now());
  if (!found) throw notFound('action_not_found', {}, 'Corrective action not found', { field: 'id', id });
  return found;
};

const openAction = (ctx: HandlerContext, id: string) => {
  const action = requireAction(ctx, id);
  if (action.status !== 'open') throw conflict('action_closed', {}, `This action is already ${action.status}.`);
  return action;
};

const caseView = (ctx: HandlerContext, caseId: string): CaseCauses => {
  const history = causesOfCase(ctx.db, caseId);
  return {
    current: history.find((c) => c.replacedAt === null) ?? null,
    history: history.filter((c) => c.replacedAt !== null),
    actions: listActions(ctx.db, { view: 'all', caseId }, ctx.env.now()),
    links: caseLinks(ctx.db, caseId),
  };
};

const requireLinked = (
  ctx: HandlerContext,
  input: { skuId?: string | undefined; supplierId?: string | undefined; lotId?: string | undefined },
) => {
  if (input.skuId && !exists(ctx.db, 'skus', input.skuId)) throw notFound('sku_not_found', {}, 'SKU not found', { field: 'skuId' });
  if (input.supplierId && !exists(ctx.db, 'suppliers', input.supplierId))
    throw notFound('supplier_not_found', {}, 'Supplier not found', { field: 'supplierId' });
  if (input.lotId && !exists(ctx.db, 'lots', input.lotId)) throw notFound('lot_not_found', {}, 'Lot not found', { field: 'lotId' });
};

/** Root causes are recorded by service and owners; corrective actions are the owner's decision, done by whoever owns them. */
export const causesHandlers = defineHandlers({
  'causes.list': (input, ctx) => listCauses(ctx.db, input.includeInactive),

  'causes.create': (input, ctx) => {
    refuseTakenName(ctx, input);
    const now = ctx.env.now();
    const id = newId();
    insertCause(ctx.db, {
      id,
      cause_group: input.group,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      sort_order: nextCauseSortOrder(ctx.db),
      active: 1,
      created_at: now,
      updated_at: now,
    });
    const created = requireCause(ctx, id);
    ctx.audit({ entity: 'root_cause', entityId: id, action: 'create', after: created });
    return created;
  },

  'causes.update': (input, ctx) => {
    const before = requireCause(ctx, input.id);
    refuseTakenName(ctx, input, input.id);
    updateCause(ctx.db, input.id, {
      ...(input.group !== undefined && { cause_group: input.group }),
      ...(input.nameZh !== undefined && { name_zh: input.nameZh }),
      ...(input.nameEn !== undefined && { name_en: input.nameEn }),
      ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
      ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
      updated_at: ctx.env.now(),
    });
    const after = requireCause(ctx, input.id);
    ctx.audit({ entity: 'root_cause', entityId: input.id, action: 'update', before, after });
    return after;
  },

  'causes.ofCase': (input, ctx) => {
    if (!findCaseRecord(ctx.db, input.caseId)) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId' });
    return caseView(ctx, input.caseId);
  },

  'causes.record': (input, ctx) => {
    const user = ctx.requireUser();
    liveCase(ctx, input.caseId);
    const cause = requireCause(ctx, input.causeId);
    const note = input.note || null;
    const before = currentCauseRow(ctx.db, input.caseId);
    // The same cause and note again (a double click on Save) changes nothing and writes no history.
    if (before && before.cause_id === cause.id && before.note === note) return caseView(ctx, input.caseId);
    if (!cause.active)
      throw conflict('cause_inactive', { name: cause.nameZh }, `The root cause ${cause.nameEn} is switched off.`, { field: 'causeId' });
    const now = ctx.env.now();
    if (before) replaceCurrentCause(ctx.db, input.caseId, user.id, now);
    const id = newId();
    insertCaseCause(ctx.db, { id, case_id: input.caseId, cause_id: cause.id, note, recorded_by: user.id, recorded_at: now });
    ctx.audit({
      entity: 'case',
      entityId: input.caseId,
      action: before ? 'root_cause_change' : 'root_cause',
      before: before ? { causeId: before.cause_id, note: before.note } : undefined,
      after: { causeId: cause.id, cause: cause.nameEn, note },
    });
    return caseView(ctx, input.caseId);
  },

  'causes.actions': (input, ctx) => {
    const now = ctx.env.now();
    return { actions: listActions(ctx.db, input, now), counts: actionCounts(ctx.db, now), people: actionPeople(ctx.db) };
  },

  'causes.createAction': (input, ctx) => {
    const user = ctx.requireUser();
    const now = ctx.env.now();
    const active = userActive(ctx.db, input.ownerId);
    if (active === undefined) throw notFound('user_not_found', {}, 'Action owner not found', { field: 'ownerId' });
    if (!active) throw invalid('action_owner_inactive', {}, 'That user is switched off.', { field: 'ownerId' });
    if (input.dueAt < now) throw invalid('action_due_in_past', {}, 'The due date has passed.', { field: 'dueAt' });
    let causeId = input.causeId ?? null;
    if (input.caseId) {
      liveCase(ctx, input.caseId);
      // Raised from a case: it answers the case's current cause unless another one is named.
      causeId ??= currentCauseRow(ctx.db, input.caseId)?.cause_id ?? null;
    }
    if (causeId) requireCause(ctx, causeId);
    requireLinked(ctx, input);
    const id = newId();
    insertAction(ctx.db, {
      id,
      what: input.what,
      owner_id: input.ownerId,
      due_at: input.dueAt,
      case_id: input.caseId ?? null,
      cause_id: causeId,
      sku_id: input.skuId ?? null,
      supplier_id: input.supplierId ?? null,
      lot_id: input.lotId ?? null,
      process: input.process ?? null,
      status: 'open',
      created_by: user.id,
      created_at: now,
      updated_at: now,
    });
    const created = requireAction(ctx, id);
    ctx.audit({ entity: 'corrective_action', entityId: id, action: 'create', after: created });
    return created;
  },

  'causes.completeAction': (input, ctx) => {
    const user = ctx.requireUser();
    const before = openAction(ctx, input.id);
    if (user.role !== 'owner' && before.ownerId !== user.id)
      throw new AppError('FORBIDDEN', 'action_not_yours', {}, 'Only the action’s owner or a shop owner can mark it done.');
    const now = ctx.env.now();
    updateAction(ctx.db, input.id, { status: 'done', outcome: input.outcome, closed_by: user.id, closed_at: now, updated_at: now });
    const after = requireAction(ctx, input.id);
    ctx.audit({ entity: 'corrective_action', entityId: input.id, action: 'done', before, after });
    return after;
  },

  'causes.dropAction': (input, ctx) => {
    const user = ctx.requireUser();
    const before = openAction(ctx, input.id);
    const now = ctx.env.now();
    updateAction(ctx.db, input.id, { status: 'dropped', outcome: input.reason, closed_by: user.id, closed_at: now, updated_at: now });
    const after = requireAction(ctx, input.id);
    ctx.audit({ entity: 'corrective_action', entityId: input.id, action: 'drop', before, after });
    return after;
  },
});
