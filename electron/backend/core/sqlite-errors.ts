import type BetterSqlite3 from 'better-sqlite3';

type SqliteError = InstanceType<typeof BetterSqlite3.SqliteError>;
import { AppError } from '../../../shared/contract/errors';

/**
 * Constraint failures become CONFLICT or VALIDATION errors naming the field, never raw SQLite text.
 * SQLite says e.g. "UNIQUE constraint failed: orders.store_id, orders.order_number".
 */
export const sqliteErrorToAppError = (error: SqliteError): AppError => {
  const fields = (error.message.split(':')[1] ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new AppError('CONFLICT', `A record with the same ${fields.join(' + ')} already exists.`, { fields });
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError('VALIDATION', 'A referenced record does not exist.', { constraint: 'foreign key' });
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new AppError('VALIDATION', `${fields.join(', ')} is required.`, { fields });
    case 'SQLITE_CONSTRAINT_CHECK':
      return new AppError('VALIDATION', `A value is out of range (${error.message.replace(/^CHECK constraint failed: /, '')}).`);
    case 'SQLITE_CONSTRAINT_DATATYPE': {
      // "cannot store REAL value in INTEGER column orders.goods_total_fen": say which field, in our words.
      const match = /cannot store (\w+) value in (\w+) column (\S+)/.exec(error.message);
      const field = match?.[3] ?? 'a field';
      const expected = match?.[2] === 'INTEGER' ? 'a whole number' : `a ${match?.[2]?.toLowerCase() ?? 'different'} value`;
      return new AppError('VALIDATION', `${field} must be ${expected}.`, { fields: match ? [field] : [] });
    }
    case 'SQLITE_BUSY':
      return new AppError('UNAVAILABLE', 'The database is busy with another job; try again in a moment.');
    case 'SQLITE_FULL':
      return new AppError('UNAVAILABLE', 'The disk is full; nothing was saved.');
    default:
      return new AppError('INTERNAL', 'The database refused the change; nothing was saved.', { sqlite: error.code });
  }
};
