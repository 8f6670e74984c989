import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { ExclusiveGate } from '../core/exclusive';
import type { Sqlite } from './connection';

/**
 * The tripwire behind core/exclusive.ts. Every statement better-sqlite3 runs goes through Statement#run/get/all/
 * iterate (pragmas and transaction() included) or Database#exec; for a guarded connection each of them first
 * asks the gate whether an exclusive job runs that the caller is not part of. If so the statement is refused
 * with a typed UNAVAILABLE instead of running inside that job's open transaction, where a write would be
 * acknowledged and then vanish with the job's rollback. Code paths wait at the gate before touching the store,
 * so this never fires in normal use; it makes a forgotten wait a loud error rather than a silent loss.
 * While no exclusive job runs, the check is a WeakMap lookup and a null test.
 */
const guards = new WeakMap<object, ExclusiveGate>();

const refuse = (): never => {
  throw new AppError(
    'UNAVAILABLE',
    'import_in_progress',
    {},
    'An import is being written to the store; try again when it is done. Nothing was changed.',
    {
      exclusiveJob: true,
    },
  );
};

const check = (database: unknown): void => {
  if (typeof database !== 'object' || database === null) return;
  if (guards.get(database)?.blocksCaller) refuse();
};

type Method = (this: unknown, ...args: unknown[]) => unknown;

let installed = false;
const install = (db: Sqlite): void => {
  if (installed) return;
  installed = true;
  const statementProto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, Method>;
  for (const name of ['run', 'get', 'all', 'iterate']) {
    const original = statementProto[name];
    if (typeof original !== 'function') throw new Error(`better-sqlite3 Statement#${name} is missing`);
    statementProto[name] = function guardedStatement(this: unknown, ...args: unknown[]) {
      check((this as { database?: unknown }).database);
      return original.apply(this, args);
    };
  }
  const databaseProto = BetterSqlite3.prototype as unknown as Record<string, Method>;
  const exec = databaseProto.exec;
  if (typeof exec !== 'function') throw new Error('better-sqlite3 Database#exec is missing');
  databaseProto.exec = function guardedExec(this: unknown, ...args: unknown[]) {
    check(this);
    return exec.apply(this, args);
  };
};

/** From now on, statements on `db` run only when `gate` lets the caller use the store. */
export const guardConnection = (db: Sqlite, gate: ExclusiveGate): void => {
  install(db);
  guards.set(db, gate);
};
