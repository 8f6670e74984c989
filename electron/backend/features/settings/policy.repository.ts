import type { z } from 'zod';
import { policySchema, remedyCostsSchema, type PolicyValue } from '../../../../shared/contract/settings.contract';
import { outcomePolicyFrom } from '../../../../shared/domain/outcome';
import { defaultPolicy } from '../../../../shared/domain/policy';
import { normaliseAlertHours } from '../../../../shared/domain/desk';
import type { Sqlite } from '../../db/connection';
import { first, run, sql$ } from '../../db/query';

const storedPolicy = (db: Sqlite): Record<string, unknown> => {
  const row = first(db, sql$.selectFrom('settings').select('value').where('key', '=', 'policy'));
  try {
    const parsed: unknown = row ? JSON.parse(row.value) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...parsed } : {};
  } catch {
    return {};
  }
};

const valueOr = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
};

/** Each rate over its default on its own, like the top-level keys (a percentage map key by key). */
const remedyCostsFrom = (stored: unknown): PolicyValue['remedyCosts'] => {
  const source = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const shape = remedyCostsSchema.shape;
  const fallback = defaultPolicy.remedyCosts;
  const mapOver = <K extends string>(value: unknown, defaults: Record<K, number>): Record<K, number> => {
    const given = (value && typeof value === 'object' ? value : {}) as Partial<Record<K, unknown>>;
    const keys = Object.keys(defaults) as K[];
    return Object.fromEntries(keys.map((k) => [k, valueOr(shape.resaleValuePercentByGrade.shape.A, given[k], defaults[k])])) as Record<
      K,
      number
    >;
  };
  return {
    labourFenPerHour: valueOr(shape.labourFenPerHour, source.labourFenPerHour, fallback.labourFenPerHour),
    handlingMinutes: valueOr(shape.handlingMinutes, source.handlingMinutes, fallback.handlingMinutes),
    inspectionMinutes: valueOr(shape.inspectionMinutes, source.inspectionMinutes, fallback.inspectionMinutes),
    defaultReturnFreightFen: valueOr(shape.defaultReturnFreightFen, source.defaultReturnFreightFen, fallback.defaultReturnFreightFen),
    outboundFreightFen: valueOr(shape.outboundFreightFen, source.outboundFreightFen, fallback.outboundFreightFen),
    partialRefundPercentByReason: mapOver(source.partialRefundPercentByReason, fallback.partialRefundPercentByReason),
    resaleValuePercentByGrade: mapOver(source.resaleValuePercentByGrade, fallback.resaleValuePercentByGrade),
  };
};

/**
 * The one reader of the policy (settings key 'policy', one JSON value); every feature that needs a policy value
 * reads it here. A value written by an older version may lack newer keys, and a hand-edited one may hold a bad
 * value: each key is read over its default on its own (an outcome percentage too), so one bad key never resets
 * the others.
 */
export const readPolicy = (db: Sqlite): PolicyValue => {
  const stored = storedPolicy(db);
  const shape = policySchema.shape;
  return {
    responseHours: valueOr(shape.responseHours, stored.responseHours, defaultPolicy.responseHours),
    refundHours: valueOr(shape.refundHours, stored.refundHours, defaultPolicy.refundHours),
    noReasonWindowDays: valueOr(shape.noReasonWindowDays, stored.noReasonWindowDays, defaultPolicy.noReasonWindowDays),
    timezone: valueOr(shape.timezone, stored.timezone, defaultPolicy.timezone),
    locale: valueOr(shape.locale, stored.locale, defaultPolicy.locale),
    outcome: outcomePolicyFrom(stored),
    law: { ...defaultPolicy.law, ...valueOr(shape.law.partial(), stored.law, {}) },
    remedyCosts: remedyCostsFrom(stored.remedyCosts),
    deskAlerts: { hoursBefore: normaliseAlertHours(valueOr(shape.deskAlerts, stored.deskAlerts, defaultPolicy.deskAlerts).hoursBefore) },
    followUp: valueOr(shape.followUp, stored.followUp, defaultPolicy.followUp),
    escalation: { ...defaultPolicy.escalation, ...valueOr(shape.escalation.partial(), stored.escalation, {}) },
    aql: valueOr(shape.aql, stored.aql, defaultPolicy.aql),
  };
};

export const writePolicy = (db: Sqlite, policy: PolicyValue, now: number): void => {
  run(
    db,
    sql$
      .insertInto('settings')
      .values({ key: 'policy', value: JSON.stringify(policy), updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(policy), updated_at: now })),
  );
};
