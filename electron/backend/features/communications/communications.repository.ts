import type { Sqlite } from '../../db/connection';
import { run, sql$ } from '../../db/query';
import type { NewRow } from '../../db/schema';

export const insertCommunication = (db: Sqlite, row: NewRow<'communications'>): void => {
  run(db, sql$.insertInto('communications').values(row));
};
