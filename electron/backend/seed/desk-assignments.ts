import { sql } from 'kysely';
import type { Sqlite } from '../db/connection';
import { run, sql$ } from '../db/query';

/**
 * The demo desk (issue 15): a third of the cases waiting on the merchant are already on the demo service user's
 * desk, so "我的待办" is not empty on a fresh demo and "全部待办" shows both claimed and unclaimed cases. Picked by
 * rowid, so the same seed gives the same rows.
 */
export const assignDemoDeskCases = (db: Sqlite, serviceUserId: string): number =>
  run(
    db,
    sql$
      .updateTable('after_sales_cases')
      .set({ assignee_id: serviceUserId })
      .where('waiting_on', '=', 'merchant')
      .where('voided_at', 'is', null)
      .where('assignee_id', 'is', null)
      .where(sql<boolean>`rowid % 3 = 0`),
  );
