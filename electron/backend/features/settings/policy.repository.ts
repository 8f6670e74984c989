import type { z } from 'zod';
import { policySchema, type PolicyValue } from '../../../../shared/contract/settings.contract';
import { outcomePolicyFrom } from '../../../../shared/domain/outcome';
import { defaultPolicy } from '../../../../shared/domain/policy';
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
    followUp: valueOr(shape.followUp, stored.followUp, defaultPolicy.followUp),
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
