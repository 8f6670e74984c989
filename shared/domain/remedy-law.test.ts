import { describe, expect, it } from 'vitest';
import { remedyLawInputs } from './remedy-law';
import type { CaseVerdict } from './return-law';

const freight = (expected: CaseVerdict['freight']['expected'], recorded: CaseVerdict['freight']['recorded'] = null) => ({
  expected,
  recorded,
  mismatch: false,
  rule: 'cpl_24' as const,
});

describe('remedyLawInputs: the verdict as the advice needs it', () => {
  it('a quality problem: the merchant pays the freight (CPL Art. 24) and a resend is a fair route', () => {
    expect(remedyLawInputs({ basis: 'quality', freight: freight('merchant') })).toEqual({
      merchantPaysReturnFreight: true,
      allowedRoutes: ['refund_only', 'return_refund', 'partial_refund', 'resend'],
    });
  });

  it('a no-reason return: the buyer pays, and nothing is resent to a buyer who changed their mind', () => {
    expect(remedyLawInputs({ basis: 'no_reason', freight: freight('buyer') })).toEqual({
      merchantPaysReturnFreight: false,
      allowedRoutes: ['refund_only', 'return_refund', 'partial_refund'],
    });
  });

  it('the shop’s freight insurance covers a no-reason return: not the merchant’s cost for this return', () => {
    expect(remedyLawInputs({ basis: 'no_reason', freight: freight('insurance') }).merchantPaysReturnFreight).toBe(false);
  });

  it('what the desk recorded wins over what the rules expect', () => {
    expect(remedyLawInputs({ basis: 'no_reason', freight: freight('buyer', 'merchant') }).merchantPaysReturnFreight).toBe(true);
    expect(remedyLawInputs({ basis: 'quality', freight: freight('merchant', 'buyer') }).merchantPaysReturnFreight).toBe(false);
  });

  it('an unclear reason: the dearer assumption (the merchant pays), every route open', () => {
    expect(remedyLawInputs({ basis: 'unclear', freight: freight('depends') })).toEqual({
      merchantPaysReturnFreight: true,
      allowedRoutes: ['refund_only', 'return_refund', 'partial_refund', 'resend'],
    });
  });
});
