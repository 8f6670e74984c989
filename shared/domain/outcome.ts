import type { CaseType, ReasonCategory } from './aftersales';
import type { ClaimMatch, FaultParty, Grade, SuggestedOutcome } from './inspection';

/**
 * What customer service should do once the warehouse has inspected a return. The rule is a suggestion:
 * service staff act on it (or not) in the platform's back office, and the inspection stays as evidence.
 */
export interface OutcomePolicy {
  /** Share of the refund suggested when the inspection only partly confirms the customer's claim. */
  partlyConfirmedRefundPercent: number;
  /**
   * Share of the refund suggested when the customer damaged or used the goods, by the returned item's grade:
   * an A item is refunded in full, a D item not at all (reject with the photos as evidence).
   */
  customerDamageRefundPercentByGrade: Record<Grade, number>;
}

export const defaultOutcomePolicy: OutcomePolicy = {
  partlyConfirmedRefundPercent: 50,
  customerDamageRefundPercentByGrade: { A: 100, B: 80, C: 50, D: 0 },
};

/** Why the rule suggested what it did: shown to service staff beside the suggestion. */
export const outcomeBases = [
  'exchange_requested',
  'repair_requested',
  'claim_confirmed',
  'claim_partly_confirmed',
  'claim_not_confirmed',
  'returned_as_sold',
  'customer_damage',
  'supplier_defect',
] as const;
type OutcomeBasis = (typeof outcomeBases)[number];

export interface OutcomeCase {
  type: CaseType;
  reasonCategory: ReasonCategory;
  /** What the customer asked back, in fen (0 when the export had no amount). */
  refundFen: number;
  orderAmountFen: number | null;
}

interface OutcomeInspection {
  grade: Grade;
  claimMatch: ClaimMatch;
  fault: FaultParty;
  /** Defects recorded as critical or major on this item (0 when none, or not counted by the caller). */
  severeDefects?: number;
}

interface SuggestedOutcomeResult {
  outcome: SuggestedOutcome;
  /** Only for partial refunds: the suggested amount in fen. */
  refundFen: number | null;
  basis: OutcomeBasis;
}

/** The amount a percentage applies to: what the customer asked for, else the order amount. */
const refundBase = (c: OutcomeCase): number => (c.refundFen > 0 ? c.refundFen : (c.orderAmountFen ?? 0));

const percentOf = (fen: number, percent: number): number => Math.round((fen * Math.min(Math.max(percent, 0), 100)) / 100);

/** A percentage becomes full refund (100), reject (0) or a partial refund with an amount. */
const byPercent = (c: OutcomeCase, percent: number, basis: OutcomeBasis): SuggestedOutcomeResult => {
  if (percent >= 100) return { outcome: 'full_refund', refundFen: null, basis };
  if (percent <= 0) return { outcome: 'reject_with_evidence', refundFen: null, basis };
  return { outcome: 'partial_refund', refundFen: percentOf(refundBase(c), percent), basis };
};

/**
 * The policy rule (DOMAIN.md, "Return reasons and findings"):
 * - a critical or major defect the supplier caused means the goods were faulty when sold: the buyer's claim holds
 *   whatever the claim-match choice says (exchange / repair as asked, else a full refund), never a rejection;
 * - exchange / repair cases whose claim holds (fully or partly) get what the customer asked for;
 * - damage caused by the customer is refunded by the item's grade (A full … D reject with evidence);
 * - a 7-day no-reason return that comes back as sold is refunded in full (the law's Art. 25);
 * - a claim the inspection confirms → full refund; partly → partial refund with an amount;
 *   not confirmed (e.g. "quality problem" claimed, no defect found) → reject, with the inspection as evidence.
 */
export const suggestOutcome = (
  c: OutcomeCase,
  inspection: OutcomeInspection,
  policy: OutcomePolicy = defaultOutcomePolicy,
): SuggestedOutcomeResult => {
  const { claimMatch, fault, grade } = inspection;
  if (fault === 'supplier' && claimMatch !== 'yes' && (inspection.severeDefects ?? 0) > 0) {
    if (c.type === 'exchange') return { outcome: 'exchange', refundFen: null, basis: 'exchange_requested' };
    if (c.type === 'repair') return { outcome: 'repair', refundFen: null, basis: 'repair_requested' };
    return { outcome: 'full_refund', refundFen: null, basis: 'supplier_defect' };
  }
  if (claimMatch !== 'no' && fault !== 'customer') {
    if (c.type === 'exchange') return { outcome: 'exchange', refundFen: null, basis: 'exchange_requested' };
    if (c.type === 'repair') return { outcome: 'repair', refundFen: null, basis: 'repair_requested' };
  }
  if (fault === 'customer') {
    return byPercent(c, policy.customerDamageRefundPercentByGrade[grade], 'customer_damage');
  }
  if (c.reasonCategory === 'no_reason_7day') {
    // The buyer needs no reason; what matters is that the goods came back as sold (opening to look is allowed).
    return { outcome: 'full_refund', refundFen: null, basis: 'returned_as_sold' };
  }
  switch (claimMatch) {
    case 'yes':
      return { outcome: 'full_refund', refundFen: null, basis: 'claim_confirmed' };
    case 'partly':
      return byPercent(c, policy.partlyConfirmedRefundPercent, 'claim_partly_confirmed');
    case 'no':
      return { outcome: 'reject_with_evidence', refundFen: null, basis: 'claim_not_confirmed' };
  }
};

/** Reads the owner's overrides (settings 'policy' JSON, key `outcome`), keeping defaults for anything missing or bad. */
export const outcomePolicyFrom = (stored: unknown): OutcomePolicy => {
  const source = (stored && typeof stored === 'object' ? (stored as { outcome?: unknown }).outcome : undefined) as
    Partial<Record<keyof OutcomePolicy, unknown>> | undefined;
  const percent = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : fallback;
  const byGrade = (source?.customerDamageRefundPercentByGrade ?? {}) as Partial<Record<Grade, unknown>>;
  const defaults = defaultOutcomePolicy.customerDamageRefundPercentByGrade;
  return {
    partlyConfirmedRefundPercent: percent(source?.partlyConfirmedRefundPercent, defaultOutcomePolicy.partlyConfirmedRefundPercent),
    customerDamageRefundPercentByGrade: {
      A: percent(byGrade.A, defaults.A),
      B: percent(byGrade.B, defaults.B),
      C: percent(byGrade.C, defaults.C),
      D: percent(byGrade.D, defaults.D),
    },
  };
};
