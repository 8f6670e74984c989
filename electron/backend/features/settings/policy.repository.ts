import { policySchema, type PolicyValue } from '../../../../shared/contract/settings.contract';
import { defaultPolicy } from '../../../../shared/domain/policy';
import type { Sqlite } from '../../db/connection';
import { first, run, sql$ } from '../../db/query';

/**
 * The policy lives as one JSON value under settings.policy. A value written by an older version may lack
 * newer keys, so it is read over the defaults and re-validated.
 */
export const readPolicy = (db: Sqlite): PolicyValue => {
  const row = first(db, sql$.selectFrom('settings').select('value').where('key', '=', 'policy'));
  let stored: unknown;
  try {
    stored = row ? JSON.parse(row.value) : {};
  } catch {
    stored = {};
  }
  const merged = policySchema.safeParse({ ...defaultPolicy, ...(typeof stored === 'object' && stored ? stored : {}) });
  return merged.success ? merged.data : { ...defaultPolicy };
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
