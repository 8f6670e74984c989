/**
 * Remedies offered to a buyer and the money they cost (issue 15, item 5; DOMAIN.md "Service desk").
 * Pure: the backend checks offers with `offerProblem` and posts an agreed remedy's money with `ledgerEntryOf`.
 */
export const remedyKinds = [
  'full_refund',
  'partial_refund',
  'return_refund',
  'exchange',
  'resend',
  'repair',
  'coupon',
  'small_payment',
] as const;
export type RemedyKind = (typeof remedyKinds)[number];

/** Kinds whose offer names an amount the merchant pays (a coupon's amount is its face value). */
export const remedyKindsWithAmount: readonly RemedyKind[] = ['partial_refund', 'small_payment', 'coupon'];

export const remedyAnswers = ['accepted', 'declined', 'counter_offer'] as const;
export type RemedyAnswer = (typeof remedyAnswers)[number];

/**
 * What lands in a case's compensation ledger. `refund`: a full refund or return-and-refund; `resend_goods`: the
 * replacement goods at the SKU's unit cost; `return_freight`: freight the merchant paid; `other`: anything else
 * paid out (entered by hand).
 */
export const compensationKinds = [
  'refund',
  'partial_refund',
  'coupon',
  'small_payment',
  'resend_goods',
  'return_freight',
  'resend_freight',
  'other',
] as const;
export type CompensationKind = (typeof compensationKinds)[number];

/** Kinds an agent enters by hand (the others are posted when a remedy is agreed). */
export const manualCompensationKinds = ['return_freight', 'resend_freight', 'small_payment', 'coupon', 'other'] as const;

/**
 * Goodwill: money given to keep the buyer content rather than to undo the sale. The dashboard's cost of returns
 * shows it as its own segment (docs/METRICS.md). Refunds and freight are already in the case's own columns.
 */
export const goodwillKinds = ['coupon', 'small_payment', 'partial_refund'] as const satisfies readonly CompensationKind[];
export type GoodwillKind = (typeof goodwillKinds)[number];

export interface RemedyOffer {
  kind: RemedyKind;
  amountFen: number | null;
  couponThresholdFen: number | null;
  couponExpiresAt: number | null;
}

export type OfferProblem = 'amount_negative' | 'amount_required' | 'coupon_value_required' | 'coupon_expired' | 'amount_not_for_kind';

/** Why an offer cannot be recorded, or null. `now` catches a coupon that has already expired. */
export const offerProblem = (offer: RemedyOffer, now: number): OfferProblem | null => {
  const { kind, amountFen, couponThresholdFen, couponExpiresAt } = offer;
  if ((amountFen !== null && amountFen < 0) || (couponThresholdFen !== null && couponThresholdFen < 0)) return 'amount_negative';
  if (kind === 'coupon') {
    if (amountFen === null || amountFen === 0) return 'coupon_value_required';
    if (couponExpiresAt !== null && couponExpiresAt <= now) return 'coupon_expired';
    return null;
  }
  if (couponThresholdFen !== null || couponExpiresAt !== null) return 'amount_not_for_kind';
  if ((kind === 'partial_refund' || kind === 'small_payment') && (amountFen === null || amountFen === 0)) return 'amount_required';
  return null;
};

export interface LedgerContext {
  /** The case's refund (what the buyer asked back), for a full refund offered without an amount. */
  caseRefundFen: number;
  /** Unit cost × quantity of the goods a resend ships (0 when the SKU has no cost). */
  resendGoodsFen: number;
}

/**
 * The ledger entry an agreed remedy posts, or null when it pays nothing out by itself. A coupon is booked at face
 * value when agreed (issued): the shop cannot see whether it is used, and an issued coupon is a promise it must
 * honour. Exchange and repair move goods both ways; their freight is entered by hand.
 */
export const ledgerEntryOf = (offer: RemedyOffer, context: LedgerContext): { kind: CompensationKind; amountFen: number } | null => {
  switch (offer.kind) {
    case 'full_refund':
    case 'return_refund':
      return { kind: 'refund', amountFen: offer.amountFen ?? context.caseRefundFen };
    case 'partial_refund':
      return { kind: 'partial_refund', amountFen: offer.amountFen ?? 0 };
    case 'coupon':
      return { kind: 'coupon', amountFen: offer.amountFen ?? 0 };
    case 'small_payment':
      return { kind: 'small_payment', amountFen: offer.amountFen ?? 0 };
    case 'resend':
      return { kind: 'resend_goods', amountFen: context.resendGoodsFen };
    case 'exchange':
    case 'repair':
      return null;
  }
};
