import { describe, expect, it } from 'vitest';
import { defaultRemedyCostRates, expectedResalePercent, remedyCosts, remedyRoutes, type RemedyCostInput } from './remedy-cost';

const totals = (input: RemedyCostInput) => Object.fromEntries(remedyCosts(input).routes.map((r) => [r.route, r.totalFen]));

// A ¥59 item claimed faulty; it cost ¥20; five earlier returns of this SKU graded A, A, A, B, D.
const faulty: RemedyCostInput = {
  refundFen: 5900,
  quantity: 1,
  unitCostFen: 2000,
  reasonCategory: 'quality',
  returnFreightFen: null,
  gradeMix: { A: 3, B: 1, C: 0, D: 1 },
  merchantPaysReturnFreight: true,
  allowedRoutes: remedyRoutes,
  rates: defaultRemedyCostRates,
};

describe('remedyCosts, worked by hand', () => {
  it('a faulty ¥59 item: every route side by side, the partial refund is cheapest', () => {
    // Resale: (3×100% + 1×60% + 1×0%) / 5 = 72% of ¥20 = ¥14.40. Labour: (10 + 8) min × ¥30/h = ¥9.
    expect(totals(faulty)).toEqual({
      refund_only: 5900 + 2000, // refund + goods not recovered
      return_refund: 5900 + 2000 + 1000 + 900 - 1440, // + default freight (merchant pays) + labour − resale
      partial_refund: 1770 + 2000, // 30% of ¥59 for a quality reason + the goods the buyer keeps
      resend: 2000 + 2000 + 800, // the kept item + the replacement + outbound freight
    });
    const advice = remedyCosts(faulty);
    expect(advice.recommended).toBe('partial_refund');
    const ret = advice.routes.find((r) => r.route === 'return_refund');
    expect(ret?.terms).toContainEqual({
      term: 'expected_resale',
      fen: -1440,
      quantity: 1,
      unitCostFen: 2000,
      valuePercent: 72,
      inspections: 5,
    });
    expect(ret?.terms).toContainEqual({ term: 'labour', fen: 900, minutes: 18, labourFenPerHour: 3000 });
  });

  it('recommends only among the allowed routes', () => {
    expect(remedyCosts({ ...faulty, allowedRoutes: ['refund_only', 'return_refund', 'resend'] }).recommended).toBe('resend');
    expect(remedyCosts({ ...faulty, allowedRoutes: [] }).recommended).toBeNull();
    const advice = remedyCosts({ ...faulty, allowedRoutes: ['return_refund'] });
    expect(advice.routes.map((r) => r.allowed)).toEqual([false, true, false, false]);
  });

  it('a no-reason return of two ¥9.95 items: the buyer pays freight, no history means grade A', () => {
    const input: RemedyCostInput = {
      ...faulty,
      refundFen: 1990,
      quantity: 2,
      unitCostFen: 500,
      reasonCategory: 'no_reason_7day',
      gradeMix: { A: 0, B: 0, C: 0, D: 0 },
      merchantPaysReturnFreight: false,
      allowedRoutes: ['refund_only', 'return_refund'],
    };
    expect(totals(input)).toEqual({
      refund_only: 1990 + 1000,
      return_refund: 1990 + 1000 + 0 + 900 - 1000,
      partial_refund: 398 + 1000,
      resend: 1000 + 1000 + 800,
    });
    expect(remedyCosts(input).recommended).toBe('return_refund');
    expect(remedyCosts(input).routes[1]?.terms).toContainEqual({ term: 'return_freight', fen: 0, paidBy: 'buyer' });
  });

  it('uses the freight recorded on the case over the default, and the owner’s rates', () => {
    const rates = { ...defaultRemedyCostRates, labourFenPerHour: 6000, handlingMinutes: 5, inspectionMinutes: 5 };
    // 5900 + 2000 + 1250 + (10 min × ¥60/h = ¥10) − 1440
    expect(totals({ ...faulty, returnFreightFen: 1250, rates }).return_refund).toBe(5900 + 2000 + 1250 + 1000 - 1440);
  });

  it('weights resale by the grade mix', () => {
    expect(expectedResalePercent({ A: 1, B: 1, C: 1, D: 1 }, { A: 100, B: 60, C: 30, D: 0 })).toBe(47.5);
    expect(expectedResalePercent({ A: 0, B: 0, C: 0, D: 2 }, { A: 100, B: 60, C: 30, D: 0 })).toBe(0);
  });
});
