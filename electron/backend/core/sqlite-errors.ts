import type BetterSqlite3 from 'better-sqlite3';
import { contract, isMethodName } from '../../../shared/contract';
import type { Access } from '../../../shared/contract/define';
import { AppError } from '../../../shared/contract/errors';
import type { Logger } from './logger';

type SqliteError = InstanceType<typeof BetterSqlite3.SqliteError>;

/** The call that failed: its method (whose contract says whether it reads or writes) and where to log. */
interface SqliteErrorContext {
  method?: string;
  logger?: Logger;
}

/** What the user is told about a failure we did not expect; a read never claims a refused write. */
const unexpectedMessage = (access: Access | undefined): string => {
  switch (access) {
    case 'read':
      return 'ReturnLens could not read the database; the error was logged.';
    case 'write':
      return 'ReturnLens could not read or write the database; it was logged and nothing was saved.';
    default:
      return 'ReturnLens could not read or write the database; it was logged.';
  }
};

/** The reason beside that message (the page words it). */
const unexpectedReason = (access: Access | undefined) =>
  access === 'read' ? 'store_error_read' : access === 'write' ? 'store_error_write' : 'store_error';

/** The column a constraint names, without its table ("orders.order_number" → "order_number"): the page words it. */
const lastField = (fields: readonly string[]): string => fields.at(-1)?.split('.').at(-1) ?? '';

/**
 * Constraint failures become CONFLICT or VALIDATION errors naming the field, never raw SQLite text.
 * SQLite says e.g. "UNIQUE constraint failed: orders.store_id, orders.order_number".
 * Anything else (a bug in a query, a damaged file, an I/O error) is INTERNAL: logged with its stack, and
 * told in words that fit the method's access (read, write or job).
 */
export const sqliteErrorToAppError = (error: SqliteError, context: SqliteErrorContext = {}): AppError => {
  const access = context.method !== undefined && isMethodName(context.method) ? contract[context.method].access : undefined;
  const fields = (error.message.split(':')[1] ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new AppError(
        'CONFLICT',
        'duplicate_record',
        { field: lastField(fields) },
        `A record with the same ${fields.join(' + ')} already exists.`,
        { fields },
      );
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError('VALIDATION', 'referenced_record_missing', {}, 'A referenced record does not exist.', {
        constraint: 'foreign key',
      });
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new AppError('VALIDATION', 'field_required', { field: lastField(fields) }, `${fields.join(', ')} is required.`, { fields });
    case 'SQLITE_CONSTRAINT_CHECK':
      return new AppError(
        'VALIDATION',
        'value_out_of_range',
        {},
        `A value is out of range (${error.message.replace(/^CHECK constraint failed: /, '')}).`,
      );
    case 'SQLITE_CONSTRAINT_DATATYPE': {
      // "cannot store REAL value in INTEGER column orders.goods_total_fen": say which field, in our words.
      const match = /cannot store (\w+) value in (\w+) column (\S+)/.exec(error.message);
      const field = match?.[3] ?? 'a field';
      const expected = match?.[2] === 'INTEGER' ? 'a whole number' : `a ${match?.[2]?.toLowerCase() ?? 'different'} value`;
      return new AppError('VALIDATION', 'field_wrong_type', { field: match ? lastField([field]) : '' }, `${field} must be ${expected}.`, {
        fields: match ? [field] : [],
      });
    }
    case 'SQLITE_BUSY':
      return new AppError('UNAVAILABLE', 'store_busy', {}, 'The database is busy with another job; try again in a moment.');
    case 'SQLITE_FULL':
      return access === 'read'
        ? new AppError('UNAVAILABLE', 'disk_full_read', {}, 'The disk is full; ReturnLens could not finish reading.')
        : new AppError('UNAVAILABLE', 'disk_full_write', {}, 'The disk is full; nothing was saved.');
    default:
      context.logger?.error('unexpected SQLite error', {
        method: context.method,
        access,
        sqlite: error.code,
        error: error.stack ?? error.message,
      });
      return new AppError('INTERNAL', unexpectedReason(access), {}, unexpectedMessage(access), { sqlite: error.code });
  }
};
