import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import { ledgerEntryOf, offerProblem, type OfferProblem } from '../../../../shared/domain/remedies';
import type { HandlerContext } from '../../core/context';
import { defineHandlers } from '../../core/context';
import { newId } from '../../core/ids';
import { findCaseRecord } from '../cases/cases.detail';
import { markRespondedIfFirst } from '../cases/cases.repository';
import { adviceFor, caseAcceptsOffers, caseGoodsOf, remediesView } from './remedy-advice';
import {
  agreedRemedyOf,
  compensationRecord,
  insertAdviceDecision,
  insertCompensation,
  insertRemedy,
  liveCompensationOfRemedy,
  remedyRecord,
  setRemedyAgreed,
  setRemedyAnswer,
  voidCompensation,
  voidRemedy,
} from './remedies.repository';

const caseOrThrow = (ctx: HandlerContext, caseId: string) => {
  const record = findCaseRecord(ctx.db, caseId);
  if (!record) throw notFound('case_not_found', {}, 'Case not found', { field: 'caseId', id: caseId });
  return record;
};

/** A case that takes new offers and payments: not voided, not finished. */
const openCaseOrThrow = (ctx: HandlerContext, caseId: string) => {
  const record = caseOrThrow(ctx, caseId);
  if (record.voided_at !== null)
    throw conflict('case_voided', {}, 'This case was voided; remedies can no longer be offered.', { field: 'caseId' });
  if (!caseAcceptsOffers(record)) throw conflict('case_resolved_no_offers', {}, 'This case is finished; no new remedy can be offered.');
  return record;
};

/** A live remedy on a case that is not voided. */
const liveRemedyOrThrow = (ctx: HandlerContext, remedyId: string) => {
  const remedy = remedyRecord(ctx.db, remedyId);
  if (!remedy) throw notFound('remedy_not_found', {}, 'Remedy not found', { field: 'remedyId', id: remedyId });
  if (remedy.voided_at !== null) throw conflict('remedy_voided', {}, 'This remedy was withdrawn.');
  const record = caseOrThrow(ctx, remedy.case_id);
  if (record.voided_at !== null) throw conflict('case_voided', {}, 'This case was voided.', { field: 'remedyId' });
  return { remedy, record };
};

const offerReasons: Record<OfferProblem, () => never> = {
  amount_negative: () => {
    throw invalid('offer_amount_negative', {}, 'An amount cannot be negative.', { field: 'amountFen' });
  },
  amount_required: () => {
    throw invalid('offer_amount_required', {}, 'Enter an amount above zero.', { field: 'amountFen' });
  },
  coupon_value_required: () => {
    throw invalid('offer_coupon_value_required', {}, 'A coupon needs a value above zero.', { field: 'amountFen' });
  },
  coupon_expired: () => {
    throw invalid('offer_coupon_expired', {}, 'The coupon expiry has passed.', { field: 'couponExpiresAt' });
  },
  amount_not_for_kind: () => {
    throw invalid('offer_amount_not_for_kind', {}, 'Only a coupon has a minimum spend and expiry.', { field: 'couponThresholdFen' });
  },
};

export const remediesHandlers = defineHandlers({
  'remedies.list': (input, ctx) => remediesView(ctx.db, caseOrThrow(ctx, input.caseId)),

  'remedies.offer': (input, ctx) => {
    const user = ctx.requireUser();
    const offer = {
      kind: input.kind,
      amountFen: input.amountFen ?? null,
      couponThresholdFen: input.couponThresholdFen ?? null,
      couponExpiresAt: input.couponExpiresAt ?? null,
    };
    const now = ctx.env.now();
    const problem = offerProblem(offer, now);
    if (problem) offerReasons[problem]();
    const record = openCaseOrThrow(ctx, input.caseId);
    const id = newId();
    insertRemedy(ctx.db, {
      id,
      case_id: record.id,
      kind: offer.kind,
      amount_fen: offer.amountFen,
      coupon_threshold_fen: offer.couponThresholdFen,
      coupon_expires_at: offer.couponExpiresAt,
      note: input.note || null,
      offered_by: user.id,
      offered_at: now,
      created_at: now,
    });
    ctx.audit({ entity: 'remedy', entityId: id, action: 'offer', after: { caseId: record.id, ...offer, note: input.note ?? null } });
    // Offering a solution is the merchant's answer to the request: it stops the response clock like a first message.
    if (markRespondedIfFirst(ctx.db, record.id, now))
      ctx.audit({
        entity: 'case',
        entityId: record.id,
        action: 'mark_responded',
        before: { respondedAt: null },
        after: { respondedAt: now, by: 'first_remedy_offer' },
      });
    return remediesView(ctx.db, caseOrThrow(ctx, record.id));
  },

  'remedies.answer': (input, ctx) => {
    const user = ctx.requireUser();
    const { remedy, record } = liveRemedyOrThrow(ctx, input.remedyId);
    if (remedy.answer !== null) throw conflict('remedy_already_answered', {}, 'The buyer’s answer is already recorded.');
    const answerText = input.answerText?.trim() || null;
    if (input.answer === 'counter_offer' && !answerText)
      throw invalid('remedy_answer_text_required', {}, 'A counter-offer needs its terms.', { field: 'answerText' });
    const now = ctx.env.now();
    if (!setRemedyAnswer(ctx.db, remedy.id, { answer: input.answer, answer_text: answerText, answered_by: user.id, answered_at: now }))
      throw conflict('remedy_already_answered', {}, 'The buyer’s answer is already recorded.');
    ctx.audit({
      entity: 'remedy',
      entityId: remedy.id,
      action: 'answer',
      before: { answer: null },
      after: { answer: input.answer, answerText },
    });
    return remediesView(ctx.db, record);
  },

  'remedies.agree': (input, ctx) => {
    const user = ctx.requireUser();
    const { remedy, record } = liveRemedyOrThrow(ctx, input.remedyId);
    if (remedy.answer === 'declined') throw conflict('remedy_declined_not_agreeable', {}, 'A declined remedy cannot be agreed.');
    if (agreedRemedyOf(ctx.db, record.id)) throw conflict('remedy_already_agreed', {}, 'This case already has an agreed remedy.');
    const now = ctx.env.now();
    setRemedyAgreed(ctx.db, remedy.id, user.id, now);
    ctx.audit({
      entity: 'remedy',
      entityId: remedy.id,
      action: 'agree',
      before: { agreedAt: null },
      after: { agreedAt: now, caseId: record.id },
    });
    const goods = caseGoodsOf(ctx.db, record);
    const entry = ledgerEntryOf(
      {
        kind: remedy.kind,
        amountFen: remedy.amount_fen,
        couponThresholdFen: remedy.coupon_threshold_fen,
        couponExpiresAt: remedy.coupon_expires_at,
      },
      { caseRefundFen: record.refund_fen, resendGoodsFen: goods.quantity * goods.unitCostFen },
    );
    if (entry) {
      const entryId = newId();
      insertCompensation(ctx.db, {
        id: entryId,
        case_id: record.id,
        remedy_id: remedy.id,
        kind: entry.kind,
        amount_fen: entry.amountFen,
        paid_at: now,
        note: null,
        recorded_by: user.id,
        created_at: now,
      });
      ctx.audit({ entity: 'compensation', entityId: entryId, action: 'post', after: { caseId: record.id, remedyId: remedy.id, ...entry } });
    }
    return remediesView(ctx.db, record);
  },

  'remedies.void': (input, ctx) => {
    const user = ctx.requireUser();
    const { remedy, record } = liveRemedyOrThrow(ctx, input.remedyId);
    const now = ctx.env.now();
    voidRemedy(ctx.db, remedy.id, user.id, now, input.voidReason);
    ctx.audit({
      entity: 'remedy',
      entityId: remedy.id,
      action: 'void',
      before: { voidedAt: null },
      after: { voidedAt: now, reason: input.voidReason },
    });
    // Money an agreed remedy posted goes with it: the ledger never shows a payment for a withdrawn agreement.
    for (const entry of liveCompensationOfRemedy(ctx.db, remedy.id)) {
      voidCompensation(ctx.db, entry.id, user.id, now, input.voidReason);
      ctx.audit({
        entity: 'compensation',
        entityId: entry.id,
        action: 'void',
        before: { voidedAt: null },
        after: { voidedAt: now, reason: input.voidReason },
      });
    }
    return remediesView(ctx.db, record);
  },

  'remedies.addPayment': (input, ctx) => {
    const user = ctx.requireUser();
    if (input.amountFen < 0) throw invalid('offer_amount_negative', {}, 'An amount cannot be negative.', { field: 'amountFen' });
    if (input.amountFen === 0) throw invalid('offer_amount_required', {}, 'Enter an amount above zero.', { field: 'amountFen' });
    const record = caseOrThrow(ctx, input.caseId);
    // Money can be paid after a case is finished (freight bills arrive late), but never on a voided case.
    if (record.voided_at !== null) throw conflict('case_voided', {}, 'This case was voided.', { field: 'caseId' });
    const now = ctx.env.now();
    const id = newId();
    insertCompensation(ctx.db, {
      id,
      case_id: record.id,
      remedy_id: null,
      kind: input.kind,
      amount_fen: input.amountFen,
      paid_at: now,
      note: input.note || null,
      recorded_by: user.id,
      created_at: now,
    });
    ctx.audit({
      entity: 'compensation',
      entityId: id,
      action: 'add',
      after: { caseId: record.id, kind: input.kind, amountFen: input.amountFen, note: input.note ?? null },
    });
    return remediesView(ctx.db, record);
  },

  'remedies.voidPayment': (input, ctx) => {
    const user = ctx.requireUser();
    const entry = compensationRecord(ctx.db, input.entryId);
    if (!entry) throw notFound('compensation_not_found', {}, 'Ledger entry not found', { field: 'entryId', id: input.entryId });
    if (entry.voided_at !== null) throw conflict('compensation_already_voided', {}, 'This ledger entry is already voided.');
    const record = caseOrThrow(ctx, entry.case_id);
    if (record.voided_at !== null) throw conflict('case_voided', {}, 'This case was voided.', { field: 'entryId' });
    const now = ctx.env.now();
    voidCompensation(ctx.db, entry.id, user.id, now, input.voidReason);
    ctx.audit({
      entity: 'compensation',
      entityId: entry.id,
      action: 'void',
      before: { voidedAt: null },
      after: { voidedAt: now, reason: input.voidReason },
    });
    return remediesView(ctx.db, record);
  },

  'remedies.chooseRoute': (input, ctx) => {
    const user = ctx.requireUser();
    const record = openCaseOrThrow(ctx, input.caseId);
    const advice = adviceFor(ctx.db, record);
    const overrideReason = input.overrideReason?.trim() || null;
    if (input.route !== advice.recommended && !overrideReason)
      throw invalid('advice_override_reason_required', {}, 'A route other than the recommended one needs a reason.', {
        field: 'overrideReason',
      });
    const now = ctx.env.now();
    const id = newId();
    insertAdviceDecision(ctx.db, {
      id,
      case_id: record.id,
      recommended_route: advice.recommended,
      chosen_route: input.route,
      override_reason: input.route === advice.recommended ? null : overrideReason,
      costs: JSON.stringify(advice.routes),
      decided_by: user.id,
      decided_at: now,
    });
    ctx.audit({
      entity: 'remedy_advice',
      entityId: id,
      action: 'choose',
      after: { caseId: record.id, recommended: advice.recommended, chosen: input.route, overrideReason },
    });
    return remediesView(ctx.db, record);
  },
});
