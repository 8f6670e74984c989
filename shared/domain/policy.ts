import { defaultDeskAlerts, normaliseAlertHours, type DeskAlerts } from './desk';
import { defaultOutcomePolicy, type OutcomePolicy } from './outcome';

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
  /** The service desk's desktop alerts: hours before a deadline (shared/domain/desk.ts). */
  deskAlerts: DeskAlerts;
}

export const defaultPolicy: Policy = {
  responseHours: 48,
  refundHours: 48,
  noReasonWindowDays: 7,
  timezone: 'Asia/Shanghai',
  locale: 'zh-CN',
  outcome: defaultOutcomePolicy,
  deskAlerts: defaultDeskAlerts,
};

/** Deep enough for the policy: top-level keys replace, outcome percentages replace one by one. */
interface PolicyChange extends Partial<Omit<Policy, 'outcome' | 'deskAlerts'>> {
  deskAlerts?: { hoursBefore?: number[] };
  outcome?: {
    partlyConfirmedRefundPercent?: number;
    customerDamageRefundPercentByGrade?: Partial<OutcomePolicy['customerDamageRefundPercentByGrade']>;
  };
}

/** Input that passed the contract's schema has no `undefined` values: a key is there or not. */
export const applyPolicyChange = (before: Policy, change: PolicyChange): Policy => {
  const { outcome, deskAlerts, ...rest } = change;
  return {
    ...before,
    ...rest,
    outcome: {
      partlyConfirmedRefundPercent: outcome?.partlyConfirmedRefundPercent ?? before.outcome.partlyConfirmedRefundPercent,
      customerDamageRefundPercentByGrade: {
        ...before.outcome.customerDamageRefundPercentByGrade,
        ...outcome?.customerDamageRefundPercentByGrade,
      },
    },
    deskAlerts: { hoursBefore: normaliseAlertHours(deskAlerts?.hoursBefore ?? before.deskAlerts.hoursBefore) },
  };
};
