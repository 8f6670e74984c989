import { defaultAqlSettings, type AqlSettings } from './aql/settings';
import { defaultDeskAlerts, normaliseAlertHours, type DeskAlerts } from './desk';
import { defaultOutcomePolicy, type OutcomePolicy } from './outcome';
import { defaultRemedyCostRates, type RemedyCostRates } from './remedy-cost';

/**
 * Policy defaults (DOMAIN.md, "Deadlines"). These are defaults the owner can change; every case still
 * stores its own due times, because the platform changes them (e.g. around Chinese New Year).
 */
export interface Policy {
  /** Hours the merchant has to answer a new request when the export gives no deadline (reported: 48). */
  responseHours: number;
  /** Hours to refund after returned goods arrive (platform: 48 reported; law: at most 7 days). */
  refundHours: number;
  /** 7-day no-reason return window, counted from signing (168 h in the 2017 measures). */
  noReasonWindowDays: number;
  timezone: string;
  locale: 'zh-CN' | 'en-US';
  /** What the outcome rule suggests once a return is inspected (shared/domain/outcome.ts). */
  outcome: OutcomePolicy;
  /** The law on each case (shared/domain/return-law.ts): what the shop offers beyond the law. */
  law: LawSettings;
  /** Rates behind the cheapest-remedy advice (shared/domain/remedy-cost.ts). */
  remedyCosts: RemedyCostRates;
  /** The service desk's desktop alerts: hours before a deadline (shared/domain/desk.ts). */
  deskAlerts: DeskAlerts;
  /** The desk's follow-up after a case resolves (issue 15, item 7; shared/domain/clocks.ts). */
  followUp: FollowUpPolicy;
  /** Escalation to the owner and the platform (issue 16, item 3; shared/domain/escalation.ts). */
  escalation: EscalationPolicy;
  /** Incoming-lot inspection defaults (issue 17; shared/domain/aql): AQL per class and level, before per-supplier overrides. */
  aql: AqlSettings;
}

export interface LawSettings {
  /** The shop pays no-reason return freight on every order (退货包运费, or 运费险 the shop buys). */
  freeReturnShipping: boolean;
}
export const defaultLawSettings: LawSettings = { freeReturnShipping: false };

export interface FollowUpPolicy {
  /** Days after a case resolves that the follow-up task falls due (seed guidance: "follow up a few days after"). */
  days: number;
}

export const defaultFollowUpPolicy: FollowUpPolicy = { days: 3 };

export interface EscalationPolicy {
  /** The evidence deadline the intervention form suggests, in hours after the platform stepped in (reported: a few days); the agent enters the platform's own. */
  defaultEvidenceHours: number;
  /** Hours an escalation may wait in the owner's queue before it shows as late. */
  ownerAnswerHours: number;
}

export const defaultEscalationPolicy: EscalationPolicy = { defaultEvidenceHours: 72, ownerAnswerHours: 4 };

export const defaultPolicy: Policy = {
  responseHours: 48,
  refundHours: 48,
  noReasonWindowDays: 7,
  timezone: 'Asia/Shanghai',
  locale: 'zh-CN',
  outcome: defaultOutcomePolicy,
  law: defaultLawSettings,
  remedyCosts: defaultRemedyCostRates,
  deskAlerts: defaultDeskAlerts,
  followUp: defaultFollowUpPolicy,
  escalation: defaultEscalationPolicy,
  aql: defaultAqlSettings,
};

/** Deep enough for the policy: top-level keys replace, outcome percentages replace one by one. */
interface PolicyChange extends Partial<Omit<Policy, 'outcome' | 'law' | 'remedyCosts' | 'deskAlerts' | 'followUp' | 'escalation' | 'aql'>> {
  aql?: Partial<AqlSettings>;
  followUp?: Partial<FollowUpPolicy>;
  escalation?: Partial<EscalationPolicy>;
  law?: Partial<LawSettings>;
  deskAlerts?: { hoursBefore?: number[] };
  remedyCosts?: Partial<Omit<RemedyCostRates, 'partialRefundPercentByReason' | 'resaleValuePercentByGrade'>> & {
    partialRefundPercentByReason?: Partial<RemedyCostRates['partialRefundPercentByReason']>;
    resaleValuePercentByGrade?: Partial<RemedyCostRates['resaleValuePercentByGrade']>;
  };
  outcome?: {
    partlyConfirmedRefundPercent?: number;
    customerDamageRefundPercentByGrade?: Partial<OutcomePolicy['customerDamageRefundPercentByGrade']>;
  };
}

/** Input that passed the contract's schema has no `undefined` values: a key is there or not. */
export const applyPolicyChange = (before: Policy, change: PolicyChange): Policy => {
  const { outcome, law, remedyCosts, deskAlerts, followUp, escalation, aql, ...rest } = change;
  return {
    ...before,
    ...rest,
    followUp: { ...before.followUp, ...followUp },
    escalation: { ...before.escalation, ...escalation },
    aql: { ...before.aql, ...aql },
    outcome: {
      partlyConfirmedRefundPercent: outcome?.partlyConfirmedRefundPercent ?? before.outcome.partlyConfirmedRefundPercent,
      customerDamageRefundPercentByGrade: {
        ...before.outcome.customerDamageRefundPercentByGrade,
        ...outcome?.customerDamageRefundPercentByGrade,
      },
    },
    law: { ...before.law, ...law },
    remedyCosts: {
      ...before.remedyCosts,
      ...remedyCosts,
      partialRefundPercentByReason: { ...before.remedyCosts.partialRefundPercentByReason, ...remedyCosts?.partialRefundPercentByReason },
      resaleValuePercentByGrade: { ...before.remedyCosts.resaleValuePercentByGrade, ...remedyCosts?.resaleValuePercentByGrade },
    },
    deskAlerts: { hoursBefore: normaliseAlertHours(deskAlerts?.hoursBefore ?? before.deskAlerts.hoursBefore) },
  };
};
