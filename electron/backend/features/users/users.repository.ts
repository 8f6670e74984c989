import type { SessionUser } from '../../../../shared/contract/auth.contract';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { NewRow, Row, RowPatch } from '../../db/schema';

export const toSessionUser = (row: Row<'users'>): SessionUser => ({
  id: row.id,
  name: row.name,
  role: row.role,
  locale: row.locale,
});

export const toUserSummary = (row: Row<'users'>) => ({ id: row.id, name: row.name, role: row.role, active: row.active === 1 });

export const countUsers = (db: Sqlite): number =>
  first(
    db,
    sql$.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')),
  )?.n ?? 0;

export const findUser = (db: Sqlite, id: string): Row<'users'> | undefined =>
  first(db, sql$.selectFrom('users').selectAll().where('id', '=', id));

export const listUsers = (db: Sqlite, onlyActive = false): Row<'users'>[] => {
  let query = sql$.selectFrom('users').selectAll().orderBy('name');
  if (onlyActive) query = query.where('active', '=', 1);
  return all(db, query);
};

export const insertUser = (db: Sqlite, row: NewRow<'users'>): void => {
  run(db, sql$.insertInto('users').values(row));
};

export const updateUser = (db: Sqlite, id: string, patch: RowPatch<'users'>): void => {
  run(db, sql$.updateTable('users').set(patch).where('id', '=', id));
};

export const countActiveOwners = (db: Sqlite): number =>
  first(
    db,
    sql$
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'owner')
      .where('active', '=', 1),
  )?.n ?? 0;
