import { describe, expect, it } from 'vitest';
import { ledgerEntryOf, offerProblem, type RemedyOffer } from './remedies';

const offer = (o: Partial<RemedyOffer> & Pick<RemedyOffer, 'kind'>): RemedyOffer => ({
  amountFen: null,
  couponThresholdFen: null,
  couponExpiresAt: null,
  ...o,
});

describe('offerProblem', () => {
  it('refuses negative amounts, a coupon without value, a partial refund or small payment without amount', () => {
    expect(offerProblem(offer({ kind: 'partial_refund', amountFen: -100 }), 0)).toBe('amount_negative');
    expect(offerProblem(offer({ kind: 'coupon', amountFen: 500, couponThresholdFen: -1 }), 0)).toBe('amount_negative');
    expect(offerProblem(offer({ kind: 'coupon' }), 0)).toBe('coupon_value_required');
    expect(offerProblem(offer({ kind: 'coupon', amountFen: 0 }), 0)).toBe('coupon_value_required');
    expect(offerProblem(offer({ kind: 'coupon', amountFen: 500, couponExpiresAt: 10 }), 10)).toBe('coupon_expired');
    expect(offerProblem(offer({ kind: 'small_payment' }), 0)).toBe('amount_required');
    expect(offerProblem(offer({ kind: 'partial_refund', amountFen: 0 }), 0)).toBe('amount_required');
    expect(offerProblem(offer({ kind: 'exchange', couponThresholdFen: 100 }), 0)).toBe('amount_not_for_kind');
  });
  it('accepts well-formed offers', () => {
    expect(offerProblem(offer({ kind: 'coupon', amountFen: 500, couponThresholdFen: 3000, couponExpiresAt: 100 }), 10)).toBeNull();
    expect(offerProblem(offer({ kind: 'full_refund' }), 0)).toBeNull();
    expect(offerProblem(offer({ kind: 'resend' }), 0)).toBeNull();
  });
});

describe('ledgerEntryOf', () => {
  const context = { caseRefundFen: 5900, resendGoodsFen: 2000 };
  it('posts what an agreed remedy pays out', () => {
    expect(ledgerEntryOf(offer({ kind: 'full_refund' }), context)).toEqual({ kind: 'refund', amountFen: 5900 });
    expect(ledgerEntryOf(offer({ kind: 'return_refund', amountFen: 5000 }), context)).toEqual({ kind: 'refund', amountFen: 5000 });
    expect(ledgerEntryOf(offer({ kind: 'coupon', amountFen: 500 }), context)).toEqual({ kind: 'coupon', amountFen: 500 });
    expect(ledgerEntryOf(offer({ kind: 'resend' }), context)).toEqual({ kind: 'resend_goods', amountFen: 2000 });
    expect(ledgerEntryOf(offer({ kind: 'exchange' }), context)).toBeNull();
  });
});
