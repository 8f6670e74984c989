import { idleLockSchema } from '../../../../shared/contract/settings.contract';
import { defaultIdleLockMinutes, type IdleLockMinutes } from '../../../../shared/domain/idle-lock';
import type { Sqlite } from '../../db/connection';
import { first, run, sql$ } from '../../db/query';

const key = 'idle_lock';

/** Stored as one JSON value under settings.idle_lock, read over the defaults (a role added later gets its default). */
export const readIdleLock = (db: Sqlite): IdleLockMinutes => {
  const row = first(db, sql$.selectFrom('settings').select('value').where('key', '=', key));
  let stored: unknown;
  try {
    stored = row ? JSON.parse(row.value) : {};
  } catch {
    stored = {};
  }
  const merged = idleLockSchema.safeParse({ ...defaultIdleLockMinutes, ...(typeof stored === 'object' && stored ? stored : {}) });
  return merged.success ? merged.data : { ...defaultIdleLockMinutes };
};

export const writeIdleLock = (db: Sqlite, minutes: IdleLockMinutes, now: number): void => {
  const value = JSON.stringify(minutes);
  run(
    db,
    sql$
      .insertInto('settings')
      .values({ key, value, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now })),
  );
};
