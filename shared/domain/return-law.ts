import type { CaseType, ReasonCategory } from './aftersales';
import type { PackageCondition } from './inspection';
import { chinaOffsetMs, dayMs, hourMs } from './time';

/**
 * The law and the shop's policy, checked on one case (DOMAIN.md "The law", "Service desk"; issue 15, item 4).
 * Pure: the case's facts and the policy in, a verdict out. Each finding names the rule it came from, so the page
 * can say "签收后第3天 … (《电子商务法》第51条)" in the reader's language without any text in here.
 */

/** Goods the 7-day no-reason return does not cover (CPL Art. 25; 2017 measures Art. 6–7), set per product. */
export const returnExceptions = ['perishable', 'custom_made', 'digital_opened', 'hygiene_opened', 'marked_at_sale'] as const;
export type ReturnException = (typeof returnExceptions)[number];

/** Exceptions that hold only once the seal is broken (opening to inspect is otherwise allowed). */
const onlyWhenOpened: readonly ReturnException[] = ['digital_opened', 'hygiene_opened'];

/** Who paid (or pays) the return freight: the buyer, the merchant, or return-shipping insurance (运费险 / 退货包运费). */
export const freightPayers = ['buyer', 'merchant', 'insurance'] as const;
export type FreightPayer = (typeof freightPayers)[number];

/** Where a finding comes from: a law article, the 2017 implementing measures, or the shop's own policy. */
export type RuleSource = 'cpl_23' | 'cpl_24' | 'cpl_25' | 'ecl_51' | 'measures_2017' | 'shop_policy';

/** CPL Art. 25: the no-reason window the law guarantees; a shop may offer more, never less. */
export const legalNoReasonDays = 7;
/** The window a case gets: the shop's if longer, else the law's. */
export const effectiveWindowDays = (policyDays: number) => Math.max(policyDays, legalNoReasonDays);
/** The legal ceiling on the refund after the returned goods arrive (CPL Art. 25: 7 days). */
export const legalRefundHours = 7 * 24;
/** CPL Art. 23: the seller bears the burden of proof for defects in durable goods found within 6 months. */
export const burdenOfProofMonths = 6;
/** CPL Art. 24: a quality problem may be returned within 7 days; after that, exchange or repair. */
export const qualityReturnDays = 7;

/** Reasons that put the fault on the seller's side (CPL Art. 24): the merchant pays return freight. */
const merchantFaultReasons: readonly ReasonCategory[] = ['quality', 'not_as_described', 'missing_parts', 'wrong_item', 'transit_damage'];
/** Reasons that are the buyer's choice: a no-reason return (CPL Art. 25). */
const buyerChoiceReasons: readonly ReasonCategory[] = ['no_reason_7day', 'wrong_size'];

/** The law's view of why the goods come back: the seller's fault, the buyer's choice, or not yet known ("other"). */
export type ReturnBasis = 'quality' | 'no_reason' | 'unclear';
export const returnBasisOf = (reason: ReasonCategory): ReturnBasis =>
  merchantFaultReasons.includes(reason) ? 'quality' : buyerChoiceReasons.includes(reason) ? 'no_reason' : 'unclear';

export interface LawPolicy {
  noReasonWindowDays: number;
  refundHours: number;
  /** The shop pays no-reason return freight for every order (退货包运费 / 运费险 bought by the shop). */
  freeReturnShipping: boolean;
}

export interface LawCaseFacts {
  type: CaseType;
  reasonCategory: ReasonCategory;
  requestedAt: number;
  /** Logistics signing time (E-Commerce Law Art. 51): starts the 7-day clock. */
  signedAt: number | null;
  /** The buyer's confirm-receipt time: a fallback only when no signing time is known. */
  confirmedAt: number | null;
  /** When the returned goods arrived at the warehouse. */
  receivedAt: number | null;
  packageCondition: PackageCondition | null;
  exception: ReturnException | null;
  durable: boolean;
  /** What the desk recorded, if anything. */
  recordedFreightPayer: FreightPayer | null;
}

export interface NoReasonWindow {
  /** Which time the window was counted from; null when neither is known. */
  from: 'signed' | 'confirmed' | null;
  startAt: number | null;
  /** The last moment of the window (start + days × 24 h: 168 h for 7 days, as in the 2017 measures). */
  endAt: number | null;
  /** The request's day after signing in China calendar days: 0 = the signing day, 1 = the day after. */
  dayAfterStart: number | null;
  /** Was the request made inside the window? null when no start is known. */
  within: boolean | null;
  days: number;
}

export type ExceptionStatus = 'applies' | 'if_opened' | 'not_opened' | 'none';
export type NoReasonConclusion = 'allowed' | 'excluded' | 'window_passed' | 'unknown' | 'not_claimed';

export interface CaseVerdict {
  basis: ReturnBasis;
  /** `rule`: counted from signing (E-Commerce Law Art. 51) or, without a signing time, from confirm-receipt. */
  window: NoReasonWindow & { rule: 'ecl_51' | 'measures_2017'; lengthRule: 'cpl_25' | 'shop_policy' };
  exception: { kind: ReturnException | null; status: ExceptionStatus; rule: 'cpl_25' };
  /** For a buyer-choice return: may the buyer return without a reason? */
  noReason: { conclusion: NoReasonConclusion; rule: 'cpl_25' };
  /** For a seller-fault return: within 7 days a return, later exchange or repair (CPL Art. 24). */
  qualityRemedy: { remedy: 'return' | 'exchange_or_repair' | 'unknown'; rule: 'cpl_24' } | null;
  freight: {
    /** Who should pay by the rules; 'not_applicable' when nothing travels back, 'depends' when the reason is unclear. */
    expected: FreightPayer | 'not_applicable' | 'depends';
    recorded: FreightPayer | null;
    /** The recorded payer differs from what the rules say. */
    mismatch: boolean;
    rule: 'cpl_24' | 'cpl_25' | 'shop_policy';
  };
  refund: {
    /** Hours after the goods arrive: the policy's, never more than the law's 168. */
    hours: number;
    /** The policy asked for more than the law allows, so the law's limit is used. */
    cappedByLaw: boolean;
    /** Null until the returned goods have arrived (or when nothing comes back). */
    dueAt: number | null;
    rule: 'cpl_25' | 'shop_policy';
  } | null;
  burdenOfProof: { sellerBears: boolean; endsAt: number | null; rule: 'cpl_23' } | null;
}

const chinaDayNumber = (ms: number) => Math.floor((ms + chinaOffsetMs) / dayMs);

/** Adds calendar months in China time, clamping to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export const addChinaMonths = (ms: number, months: number): number => {
  const wall = new Date(ms + chinaOffsetMs);
  const y = wall.getUTCFullYear();
  const m = wall.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(wall.getUTCDate(), lastDay);
  const shifted = Date.UTC(y, m, day, wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds());
  return shifted - chinaOffsetMs;
};

/** The 7-day window, counted from signing; from the confirm-receipt time only when no signing time is known. */
export const noReasonWindow = (facts: Pick<LawCaseFacts, 'signedAt' | 'confirmedAt' | 'requestedAt'>, days: number): NoReasonWindow => {
  const from = facts.signedAt !== null ? 'signed' : facts.confirmedAt !== null ? 'confirmed' : null;
  const startAt = facts.signedAt ?? facts.confirmedAt;
  if (startAt === null) return { from, startAt, endAt: null, dayAfterStart: null, within: null, days };
  const endAt = startAt + days * dayMs;
  return {
    from,
    startAt,
    endAt,
    dayAfterStart: Math.max(0, chinaDayNumber(facts.requestedAt) - chinaDayNumber(startAt)),
    within: facts.requestedAt <= endAt,
    days,
  };
};

export const exceptionStatus = (exception: ReturnException | null, condition: PackageCondition | null): ExceptionStatus => {
  if (exception === null) return 'none';
  if (!onlyWhenOpened.includes(exception)) return 'applies';
  if (condition === 'opened') return 'applies';
  // Not back yet (or missing): whether it was opened is not known.
  return condition === null || condition === 'missing' ? 'if_opened' : 'not_opened';
};

const noReasonConclusion = (basis: ReturnBasis, window: NoReasonWindow, exception: ExceptionStatus): NoReasonConclusion => {
  if (basis === 'quality') return 'not_claimed';
  if (exception === 'applies') return 'excluded';
  if (window.within === null) return 'unknown';
  return window.within ? 'allowed' : 'window_passed';
};

const travelsBack = (type: CaseType) => type === 'return_refund' || type === 'exchange' || type === 'repair';

const expectedFreight = (basis: ReturnBasis, type: CaseType, policy: LawPolicy): CaseVerdict['freight']['expected'] => {
  if (!travelsBack(type)) return 'not_applicable';
  if (basis === 'quality') return 'merchant';
  if (basis === 'unclear') return 'depends';
  return policy.freeReturnShipping ? 'insurance' : 'buyer';
};

/** The whole verdict of one case. Each part carries the rule it came from. */
export const caseVerdict = (facts: LawCaseFacts, policy: LawPolicy): CaseVerdict => {
  const basis = returnBasisOf(facts.reasonCategory);
  const window = noReasonWindow(facts, effectiveWindowDays(policy.noReasonWindowDays));
  const exception = exceptionStatus(facts.exception, facts.packageCondition);
  const expected = expectedFreight(basis, facts.type, policy);
  const refundHours = Math.min(policy.refundHours, legalRefundHours);
  const refundsMoney = facts.type === 'return_refund';
  const deliveredAt = facts.signedAt ?? facts.confirmedAt;
  return {
    basis,
    window: {
      ...window,
      rule: window.from === 'confirmed' ? 'measures_2017' : 'ecl_51',
      lengthRule: window.days > legalNoReasonDays ? 'shop_policy' : 'cpl_25',
    },
    exception: { kind: facts.exception, status: exception, rule: 'cpl_25' },
    noReason: { conclusion: noReasonConclusion(basis, window, exception), rule: 'cpl_25' },
    qualityRemedy:
      basis === 'quality'
        ? {
            remedy: window.dayAfterStart === null ? 'unknown' : window.dayAfterStart <= qualityReturnDays ? 'return' : 'exchange_or_repair',
            rule: 'cpl_24',
          }
        : null,
    freight: {
      expected,
      recorded: facts.recordedFreightPayer,
      mismatch:
        facts.recordedFreightPayer !== null && (expected === 'buyer' || expected === 'merchant' || expected === 'insurance')
          ? facts.recordedFreightPayer !== expected
          : false,
      rule: basis === 'quality' ? 'cpl_24' : expected === 'insurance' ? 'shop_policy' : 'cpl_25',
    },
    refund: refundsMoney
      ? {
          hours: refundHours,
          cappedByLaw: policy.refundHours > legalRefundHours,
          dueAt: facts.receivedAt === null ? null : facts.receivedAt + refundHours * hourMs,
          rule: policy.refundHours >= legalRefundHours ? 'cpl_25' : 'shop_policy',
        }
      : null,
    burdenOfProof:
      facts.durable && basis === 'quality'
        ? (() => {
            const endsAt = deliveredAt === null ? null : addChinaMonths(deliveredAt, burdenOfProofMonths);
            return { sellerBears: endsAt === null || facts.requestedAt <= endsAt, endsAt, rule: 'cpl_23' as const };
          })()
        : null,
  };
};
