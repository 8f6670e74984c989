import { describe, expect, it } from 'vitest';
import { defaultOutcomePolicy, outcomePolicyFrom, suggestOutcome, type OutcomeCase } from './outcome';

const qualityCase: OutcomeCase = { type: 'return_refund', reasonCategory: 'quality', refundFen: 12_990, orderAmountFen: 15_000 };

describe('suggested outcome after an inspection', () => {
  it('refunds in full when the inspection confirms a quality claim caused by the supplier', () => {
    expect(suggestOutcome(qualityCase, { grade: 'D', claimMatch: 'yes', fault: 'supplier' })).toEqual({
      outcome: 'full_refund',
      refundFen: null,
      basis: 'claim_confirmed',
    });
  });

  it('suggests a partial refund with an exact amount in fen when the claim is partly confirmed', () => {
    const result = suggestOutcome(qualityCase, { grade: 'B', claimMatch: 'partly', fault: 'supplier' });
    expect(result).toEqual({ outcome: 'partial_refund', refundFen: 6_495, basis: 'claim_partly_confirmed' });
  });

  it('uses the order amount when the case carries no refund amount', () => {
    const result = suggestOutcome({ ...qualityCase, refundFen: 0 }, { grade: 'B', claimMatch: 'partly', fault: 'warehouse' });
    expect(result.refundFen).toBe(7_500);
  });

  it('rejects with evidence when no defect backs a quality claim', () => {
    expect(suggestOutcome(qualityCase, { grade: 'A', claimMatch: 'no', fault: 'none' }).outcome).toBe('reject_with_evidence');
  });

  it('refunds a 7-day no-reason return that came back as sold', () => {
    const c: OutcomeCase = { ...qualityCase, reasonCategory: 'no_reason_7day' };
    expect(suggestOutcome(c, { grade: 'A', claimMatch: 'yes', fault: 'none' })).toMatchObject({
      outcome: 'full_refund',
      basis: 'returned_as_sold',
    });
  });

  it('refunds customer damage by grade: A full, B and C partly, D rejected', () => {
    const c: OutcomeCase = { ...qualityCase, reasonCategory: 'no_reason_7day', refundFen: 10_000 };
    const by = (grade: 'A' | 'B' | 'C' | 'D') => suggestOutcome(c, { grade, claimMatch: 'no', fault: 'customer' });
    expect(by('A').outcome).toBe('full_refund');
    expect(by('B')).toEqual({ outcome: 'partial_refund', refundFen: 8_000, basis: 'customer_damage' });
    expect(by('C').refundFen).toBe(5_000);
    expect(by('D').outcome).toBe('reject_with_evidence');
  });

  it('keeps an exchange or repair when the claim holds', () => {
    expect(suggestOutcome({ ...qualityCase, type: 'exchange' }, { grade: 'C', claimMatch: 'yes', fault: 'supplier' }).outcome).toBe(
      'exchange',
    );
    expect(suggestOutcome({ ...qualityCase, type: 'repair' }, { grade: 'C', claimMatch: 'partly', fault: 'supplier' }).outcome).toBe(
      'repair',
    );
    expect(suggestOutcome({ ...qualityCase, type: 'exchange' }, { grade: 'A', claimMatch: 'no', fault: 'none' }).outcome).toBe(
      'reject_with_evidence',
    );
  });

  // Found by hand: two severe defects with fault = supplier were suggested "reject with evidence" because the
  // inspector left "claim matches" on "no" (the buyer named a different defect than the one found).
  it('treats a severe defect the supplier caused as a claim that holds, whatever the claim-match choice', () => {
    const severe = { grade: 'D', claimMatch: 'no', fault: 'supplier', severeDefects: 2 } as const;
    expect(suggestOutcome(qualityCase, severe)).toEqual({ outcome: 'full_refund', refundFen: null, basis: 'supplier_defect' });
    expect(suggestOutcome(qualityCase, { ...severe, claimMatch: 'partly' })).toEqual({
      outcome: 'full_refund',
      refundFen: null,
      basis: 'supplier_defect',
    });
    expect(suggestOutcome({ ...qualityCase, reasonCategory: 'not_as_described' }, { ...severe, severeDefects: 1 }).outcome).toBe(
      'full_refund',
    );
    expect(suggestOutcome({ ...qualityCase, type: 'exchange' }, severe).outcome).toBe('exchange');
    expect(suggestOutcome({ ...qualityCase, type: 'repair' }, severe).outcome).toBe('repair');
    // Minor defects only, or a severe defect someone else caused: the claim-match choice decides as before.
    expect(suggestOutcome(qualityCase, { ...severe, severeDefects: 0 }).outcome).toBe('reject_with_evidence');
    expect(suggestOutcome(qualityCase, { ...severe, fault: 'customer' }).outcome).toBe('reject_with_evidence');
    expect(suggestOutcome(qualityCase, { ...severe, fault: 'carrier' }).outcome).toBe('reject_with_evidence');
  });

  it('rounds partial amounts to whole fen', () => {
    const c: OutcomeCase = { ...qualityCase, refundFen: 333 };
    expect(suggestOutcome(c, { grade: 'B', claimMatch: 'partly', fault: 'carrier' }).refundFen).toBe(167);
  });
});

describe('owner overrides of the outcome policy', () => {
  it('takes valid percentages and keeps defaults for missing or invalid ones', () => {
    const policy = outcomePolicyFrom({
      outcome: { partlyConfirmedRefundPercent: 30, customerDamageRefundPercentByGrade: { B: 'x', C: 150, D: 10 } },
    });
    expect(policy.partlyConfirmedRefundPercent).toBe(30);
    expect(policy.customerDamageRefundPercentByGrade).toEqual({ A: 100, B: 80, C: 50, D: 10 });
  });

  it('falls back to the defaults for a policy without an outcome section', () => {
    expect(outcomePolicyFrom({ responseHours: 48 })).toEqual(defaultOutcomePolicy);
    expect(outcomePolicyFrom(null)).toEqual(defaultOutcomePolicy);
  });
});
