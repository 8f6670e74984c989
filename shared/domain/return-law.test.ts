import { describe, expect, it } from 'vitest';
import {
  addChinaMonths,
  caseVerdict,
  exceptionStatus,
  noReasonWindow,
  returnBasisOf,
  type LawCaseFacts,
  type LawPolicy,
} from './return-law';
import { parseChinaTime } from './time';

/** Every date below is China wall-clock time, worked by hand. */
const at = (text: string): number => {
  const ms = parseChinaTime(text);
  if (ms === null) throw new Error(`bad time ${text}`);
  return ms;
};

const policy: LawPolicy = { noReasonWindowDays: 7, refundHours: 48, freeReturnShipping: false };

const facts = (over: Partial<LawCaseFacts> = {}): LawCaseFacts => ({
  type: 'return_refund',
  reasonCategory: 'no_reason_7day',
  requestedAt: at('2026-08-04 10:00'),
  signedAt: at('2026-08-01 22:50'),
  confirmedAt: null,
  receivedAt: null,
  packageCondition: null,
  exception: null,
  durable: false,
  recordedFreightPayer: null,
  ...over,
});

describe('the 7-day no-reason window (CPL Art. 25, counted from signing: E-Commerce Law Art. 51)', () => {
  it('DOMAIN example: signed 1 Aug 22:50, asked 4 Aug: day 3 after signing, inside the window', () => {
    const v = caseVerdict(facts(), policy);
    expect(v.window).toMatchObject({ from: 'signed', dayAfterStart: 3, within: true, days: 7, rule: 'ecl_51', lengthRule: 'cpl_25' });
    expect(v.window.endAt).toBe(at('2026-08-08 22:50'));
    expect(v.noReason.conclusion).toBe('allowed');
  });

  it('is 168 hours: the last minute counts, the next one does not', () => {
    expect(caseVerdict(facts({ requestedAt: at('2026-08-08 22:50') }), policy).noReason.conclusion).toBe('allowed');
    const late = caseVerdict(facts({ requestedAt: at('2026-08-08 22:51') }), policy);
    expect(late.window).toMatchObject({ within: false, dayAfterStart: 7 });
    expect(late.noReason.conclusion).toBe('window_passed');
  });

  it('counts days in China time: signed 23:30, asked 00:10 the next China day is day 1 (same UTC date)', () => {
    const w = noReasonWindow({ signedAt: at('2026-08-01 23:30'), confirmedAt: null, requestedAt: at('2026-08-02 00:10') }, 7);
    expect(new Date(at('2026-08-01 23:30')).getUTCDate()).toBe(new Date(at('2026-08-02 00:10')).getUTCDate());
    expect(w.dayAfterStart).toBe(1);
  });

  it('uses the signing time, not the later confirm-receipt time', () => {
    const v = caseVerdict(facts({ confirmedAt: at('2026-08-07 09:00'), requestedAt: at('2026-08-10 10:00') }), policy);
    expect(v.window.from).toBe('signed');
    expect(v.noReason.conclusion).toBe('window_passed');
  });

  it('falls back to the confirm-receipt time only without a signing time, and says so', () => {
    const v = caseVerdict(facts({ signedAt: null, confirmedAt: at('2026-08-03 09:00'), requestedAt: at('2026-08-10 08:00') }), policy);
    expect(v.window).toMatchObject({ from: 'confirmed', dayAfterStart: 7, within: true, rule: 'measures_2017' });
  });

  it('cannot decide without either time', () => {
    const v = caseVerdict(facts({ signedAt: null, confirmedAt: null }), policy);
    expect(v.window).toMatchObject({ from: null, within: null, dayAfterStart: null });
    expect(v.noReason.conclusion).toBe('unknown');
  });

  it('reads the policy: a 15-day shop window is the shop’s rule; a 5-day one is raised to the law’s 7', () => {
    const longer = caseVerdict(facts({ requestedAt: at('2026-08-14 10:00') }), { ...policy, noReasonWindowDays: 15 });
    expect(longer.window).toMatchObject({ days: 15, within: true, lengthRule: 'shop_policy' });
    expect(longer.window.endAt).toBe(at('2026-08-16 22:50'));
    const shorter = caseVerdict(facts({ requestedAt: at('2026-08-07 10:00') }), { ...policy, noReasonWindowDays: 5 });
    expect(shorter.window).toMatchObject({ days: 7, within: true, lengthRule: 'cpl_25' });
  });
});

describe('product exceptions', () => {
  it('DOMAIN example: inside the window on day 3, but fresh goods are excluded → no no-reason return', () => {
    const v = caseVerdict(facts({ exception: 'perishable' }), policy);
    expect(v.window).toMatchObject({ within: true, dayAfterStart: 3 });
    expect(v.exception).toEqual({ kind: 'perishable', status: 'applies', rule: 'cpl_25' });
    expect(v.noReason.conclusion).toBe('excluded');
  });

  it('custom-made and marked-at-sale goods are excluded whatever their condition', () => {
    expect(exceptionStatus('custom_made', 'intact')).toBe('applies');
    expect(exceptionStatus('marked_at_sale', null)).toBe('applies');
  });

  it('digital and hygiene goods are excluded only once opened', () => {
    expect(exceptionStatus('digital_opened', null)).toBe('if_opened');
    expect(exceptionStatus('digital_opened', 'intact')).toBe('not_opened');
    expect(exceptionStatus('hygiene_opened', 'opened')).toBe('applies');
    expect(caseVerdict(facts({ exception: 'digital_opened', packageCondition: 'intact' }), policy).noReason.conclusion).toBe('allowed');
    expect(caseVerdict(facts({ exception: 'digital_opened', packageCondition: 'opened' }), policy).noReason.conclusion).toBe('excluded');
  });

  it('never stop a quality claim (CPL Art. 24)', () => {
    const v = caseVerdict(facts({ reasonCategory: 'quality', exception: 'perishable' }), policy);
    expect(v.noReason.conclusion).toBe('not_claimed');
    expect(v.qualityRemedy).toEqual({ remedy: 'return', rule: 'cpl_24' });
  });
});

describe('quality problems (CPL Art. 24)', () => {
  it('a return within 7 days of signing, exchange or repair after that', () => {
    const day7 = caseVerdict(facts({ reasonCategory: 'quality', requestedAt: at('2026-08-08 23:59') }), policy);
    expect(day7.qualityRemedy?.remedy).toBe('return');
    const day8 = caseVerdict(facts({ reasonCategory: 'quality', requestedAt: at('2026-08-09 00:01') }), policy);
    expect(day8.qualityRemedy?.remedy).toBe('exchange_or_repair');
  });

  it('classifies reasons: seller fault, buyer choice, or unclear', () => {
    expect(returnBasisOf('not_as_described')).toBe('quality');
    expect(returnBasisOf('transit_damage')).toBe('quality');
    expect(returnBasisOf('wrong_size')).toBe('no_reason');
    expect(returnBasisOf('other')).toBe('unclear');
  });
});

describe('who pays the return freight', () => {
  it('the buyer for a no-reason return (CPL Art. 25)', () => {
    expect(caseVerdict(facts(), policy).freight).toEqual({ expected: 'buyer', recorded: null, mismatch: false, rule: 'cpl_25' });
  });

  it('the insurance when the shop includes return shipping (退货包运费)', () => {
    expect(caseVerdict(facts(), { ...policy, freeReturnShipping: true }).freight).toMatchObject({
      expected: 'insurance',
      rule: 'shop_policy',
    });
  });

  it('the merchant for a quality problem (CPL Art. 24), and a recorded buyer payment is flagged', () => {
    const v = caseVerdict(facts({ reasonCategory: 'quality', recordedFreightPayer: 'buyer' }), policy);
    expect(v.freight).toEqual({ expected: 'merchant', recorded: 'buyer', mismatch: true, rule: 'cpl_24' });
  });

  it('nobody when nothing comes back; undecided when the reason is unclear', () => {
    expect(caseVerdict(facts({ type: 'refund_only' }), policy).freight.expected).toBe('not_applicable');
    expect(caseVerdict(facts({ reasonCategory: 'other' }), policy).freight.expected).toBe('depends');
  });
});

describe('the refund deadline after the returned goods arrive', () => {
  it('policy refundHours (48) after arrival: arrived 10 Aug 14:00 → refund by 12 Aug 14:00', () => {
    const v = caseVerdict(facts({ receivedAt: at('2026-08-10 14:00') }), policy);
    expect(v.refund).toEqual({ hours: 48, cappedByLaw: false, dueAt: at('2026-08-12 14:00'), rule: 'shop_policy' });
  });

  it('never later than the law’s 7 days: 240 policy hours become 168', () => {
    const v = caseVerdict(facts({ receivedAt: at('2026-08-10 14:00') }), { ...policy, refundHours: 240 });
    expect(v.refund).toEqual({ hours: 168, cappedByLaw: true, dueAt: at('2026-08-17 14:00'), rule: 'cpl_25' });
  });

  it('has no due time before the goods arrive, and none for an exchange', () => {
    expect(caseVerdict(facts(), policy).refund?.dueAt).toBeNull();
    expect(caseVerdict(facts({ type: 'exchange' }), policy).refund).toBeNull();
  });
});

describe('burden of proof for durable goods (CPL Art. 23)', () => {
  it('six calendar months from signing, in China time, clamped to the month’s end', () => {
    expect(addChinaMonths(at('2026-08-31 10:00'), 6)).toBe(at('2027-02-28 10:00'));
    expect(addChinaMonths(at('2026-08-01 00:30'), 6)).toBe(at('2027-02-01 00:30'));
  });

  it('the seller bears it for a defect reported within 6 months, not after', () => {
    const base = { reasonCategory: 'quality' as const, durable: true, signedAt: at('2026-08-31 10:00') };
    const inside = caseVerdict(facts({ ...base, requestedAt: at('2027-02-28 09:00') }), policy);
    expect(inside.burdenOfProof).toEqual({ sellerBears: true, endsAt: at('2027-02-28 10:00'), rule: 'cpl_23' });
    expect(caseVerdict(facts({ ...base, requestedAt: at('2027-03-01 09:00') }), policy).burdenOfProof?.sellerBears).toBe(false);
  });

  it('does not arise for goods that are not durable, or for a no-reason return', () => {
    expect(caseVerdict(facts({ reasonCategory: 'quality' }), policy).burdenOfProof).toBeNull();
    expect(caseVerdict(facts({ durable: true }), policy).burdenOfProof).toBeNull();
  });
});
